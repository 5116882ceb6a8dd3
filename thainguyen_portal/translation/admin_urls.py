from django.urls import path

from . import views

app_name = "translation"
urlpatterns = [
    *views.StaleTranslationsView.urls("out-of-date/"),
    *views.GlossaryCheckView.urls("glossary-check/"),
    path("ready-for-review/<int:page_id>/", views.ready_for_review, name="ready_for_review"),
    path("reuse-previous/<int:translation_id>/", views.reuse_previous_english, name="reuse_previous_english"),
    *views.UntranslatedPagesView.urls("to-translate/"),
]
