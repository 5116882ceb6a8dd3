from django.urls import path

from . import views

app_name = "translation"
urlpatterns = [
    path("out-of-date/", views.StaleTranslationsView.as_view(), name="stale"),
    path("out-of-date/results/", views.StaleTranslationsView.as_view(results_only=True), name="stale_results"),
    path("glossary-check/", views.GlossaryCheckView.as_view(), name="glossary_check"),
    path(
        "glossary-check/results/",
        views.GlossaryCheckView.as_view(results_only=True),
        name="glossary_check_results",
    ),
    path("ready-for-review/<int:page_id>/", views.ready_for_review, name="ready_for_review"),
    path("reuse-previous/<int:translation_id>/", views.reuse_previous_english, name="reuse_previous_english"),
    path("to-translate/", views.UntranslatedPagesView.as_view(), name="untranslated"),
    path(
        "to-translate/results/",
        views.UntranslatedPagesView.as_view(results_only=True),
        name="untranslated_results",
    ),
]
