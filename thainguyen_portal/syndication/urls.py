from django.urls import path

from . import api

app_name = "syndication"

urlpatterns = [
    path("", api.root, name="api-root"),
    path("ninjs/<slug:name>/", api.resource_list, {"fmt": "ninjs"}, name="ninjs-list"),
    path("ninjs/<slug:name>/<str:pk>/", api.resource_detail, {"fmt": "ninjs"}, name="ninjs-detail"),
    path("<slug:name>/", api.resource_list, name="api-list"),
    path("<slug:name>/<str:pk>/", api.resource_detail, name="api-detail"),
]
