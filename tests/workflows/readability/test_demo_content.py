"""Every demo item meets the readability target of its own audiences."""

from content_models.models import REVIEWED_MODELS
from workflows.readability.content import analyse_content


def test_all_demo_content_meets_its_target(demo):
    failures = []
    for model in REVIEWED_MODELS:
        for obj in model.objects.all():
            report = analyse_content(obj)
            if not report.meets_target:
                failures.append((model.__name__, obj.slug, report.level, report.score))
    assert failures == []
