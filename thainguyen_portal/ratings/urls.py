from django.urls import path

from . import views

# Inside the language prefix (the messages are in the page's language): /_/rating and /en/_/rating.
urlpatterns = [path("_/rating", views.rate, name="rating")]
# Outside it, with the visit beacon under /_/ (which the page cache never keeps).
counts_urlpatterns = [path("_/ratings/<int:page_id>", views.counts, name="rating-counts")]
