from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import REVIEWED_MODELS
from .permissions import RegionScopePolicy
from .views import ContentViewSetGroup, ReferenceDataViewSetGroup

for _model in REVIEWED_MODELS:
    register_permission_policy(_model, RegionScopePolicy(_model), exact_class=True)

register_snippet(ContentViewSetGroup)


@hooks.register("register_admin_viewset")
def register_reference_data_viewsets():
    return ReferenceDataViewSetGroup()
