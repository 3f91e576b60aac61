"""One NinjaAPI for v1, a router per resource, errors from one place."""

from ninja import NinjaAPI

from .errors import register_exception_handlers
from .routers.bundle import router as bundle_router
from .routers.feedback import router as feedback_router
from .routers.glossary import router as glossary_router
from .routers.items import router as items_router
from .routers.organisations import router as organisations_router
from .routers.preview import router as preview_router
from .routers.questions import router as questions_router
from .routers.regions import router as regions_router
from .routers.routes import router as routes_router
from .routers.schools import router as schools_router
from .routers.search import router as search_router
from .routers.stories import router as stories_router
from .routers.topics import router as topics_router

api = NinjaAPI(
    title="Passend Informatie API",
    version="1.0.0",
    description=(
        "Gepubliceerde informatie over passend onderwijs: landelijk, aangevuld met de "
        "informatie van het samenwerkingsverband. Alleen lezen; alleen ‘Was dit nuttig?’ "
        "kan worden verstuurd."
    ),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)

register_exception_handlers(api)

api.add_router("/regions/", regions_router)
api.add_router("/schools/", schools_router)
api.add_router("/items/", items_router)
api.add_router("/organisations/", organisations_router)
api.add_router("/routes/", routes_router)
api.add_router("/topics/", topics_router)
api.add_router("/glossary/", glossary_router)
api.add_router("/questions/", questions_router)
api.add_router("/stories/", stories_router)
api.add_router("/bundle/", bundle_router)
api.add_router("/search/", search_router)
api.add_router("/feedback/", feedback_router)
api.add_router("/preview/", preview_router)
