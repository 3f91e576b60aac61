"""What happens when the workflow's last task approves: publish that revision."""

from content_models.publishing import WORKFLOW, publishing_allowed


def publish_approved_revision(workflow_state, user=None) -> None:
    """Publish the revision the final task approved (not a later draft), through the gate.

    The approvers need no publish permission: approving in the workflow is the
    permission.
    """
    revision = workflow_state.current_task_state.revision
    with publishing_allowed(WORKFLOW):
        revision.publish(user=user, skip_permission_checks=True)
