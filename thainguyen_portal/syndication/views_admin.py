"""The admin's "Social networks" view of a page: share on publish (yes/no, message), the posts and their status,
and "post again"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from .models import SocialPost, SocialShare
from .social import configured_networks, queue_posts


class ShareForm(forms.ModelForm):
    class Meta:
        model = SocialShare
        fields = ["enabled", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "enabled": gettext_lazy(
                "Posted to the Facebook Page and the Zalo Official Account when the page is published."
            ),
        }


@require_http_methods(["GET", "POST"])
def page_social(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    share = SocialShare.objects.filter(page=page).first() or SocialShare(page=page, enabled=False)
    form = ShareForm(instance=share)
    if request.method == "POST":
        if "post_again" in request.POST:
            if not permissions.can_publish():
                raise PermissionDenied
            if not page.live:
                messages.error(request, _("Only a published page can be posted."))
            else:
                with transaction.atomic():
                    created = queue_posts(page, user=request.user, again=True)
                if created:
                    messages.success(request, _("The page will be posted again."))
                else:
                    messages.error(request, _("No social network is configured."))
            return redirect("syndication_admin:page_social", page.pk)
        form = ShareForm(request.POST, instance=share)
        if form.is_valid():
            share = form.save(commit=False)
            share.updated_by = request.user
            share.save()
            messages.success(request, _("Social network sharing saved."))
            return redirect("syndication_admin:page_social", page.pk)
    posts = SocialPost.objects.filter(page=page).select_related("requested_by").order_by("-created_at", "-pk")
    return TemplateResponse(
        request,
        "syndication/page_social.html",
        {
            "page": page,
            "form": form,
            "posts": posts,
            "networks": [SocialPost.Network(n).label for n in configured_networks()],
            "can_post_again": page.live and permissions.can_publish(),
        },
    )
