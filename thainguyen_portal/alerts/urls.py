from django.urls import path

from . import views

# Inside the language prefix: the pages and e-mails are in the reader's language (/_/alerts/..., /en/_/alerts/...).
urlpatterns = [
    path("_/alerts/subscribe/", views.subscribe, name="alerts-subscribe"),
    path("_/alerts/confirm/<str:token>/", views.confirm, name="alerts-confirm"),
    path("_/alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts-unsubscribe"),
]
