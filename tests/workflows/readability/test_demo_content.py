"""Every demo item meets the readability target of its own audiences."""

import io

import pytest
from django.core.management import call_command

from content_models.models import REVIEWED_MODELS
from workflows.readability.content import analyse_content


@pytest.mark.django_db
def test_all_demo_content_meets_its_target():
    call_command("load_demo", stdout=io.StringIO())
    failures = []
    for model in REVIEWED_MODELS:
        for obj in model.objects.all():
            report = analyse_content(obj)
            if not report.meets_target:
                failures.append((model.__name__, obj.slug, report.level, report.score))
    assert failures == []
