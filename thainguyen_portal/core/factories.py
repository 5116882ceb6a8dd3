"""Factories for the core models (pytest fixtures build on these; see conftest.py)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from .models import Menu, PortalSettings
from .text import vietnamese_slugify


class LocaleFactory(DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = "vi"


class PageFactory(wagtail_factories.PageFactory):
    """The base of every area's page factory: a page whose slug is its title's Vietnamese slug, as the admin and the
    demo make it. Pass ``parent=``; the page takes its parent's locale."""

    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda page: vietnamese_slugify(page.title))


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh minh họa {n}")
    description = "Đồi chè Tân Cương"


class PortalSettingsFactory(DjangoModelFactory):
    class Meta:
        model = PortalSettings
        django_get_or_create = ("site",)

    site = factory.SubFactory(wagtail_factories.SiteFactory)
    organisation_name = "Cổng Thông tin điện tử tỉnh Thái Nguyên"
    organisation_name_en = "Thai Nguyen Provincial Portal"
    governing_body = "Ủy ban nhân dân tỉnh Thái Nguyên"
    governing_body_en = "Thai Nguyen Provincial People's Committee"
    address = "Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên"
    address_en = "18 Nha Trang Street, Thai Nguyen Province"
    hotline = "0208 3855 186"
    email = "congthongtin@thainguyen.gov.vn"
    facebook_url = "https://www.facebook.com/congthongtindientuthainguyen"


class MenuFactory(DjangoModelFactory):
    class Meta:
        model = Menu

    handle = Menu.Handle.MAIN
    locale = factory.SubFactory(LocaleFactory)
    items = factory.LazyFunction(list)

    @classmethod
    def with_pages(cls, handle, pages, **kwargs):
        """A menu linking to `pages` (in their order), in the locale of the first one."""
        items = [("link", {"label": "", "page": page, "url": ""}) for page in pages]
        return cls(handle=handle, locale=pages[0].locale, items=items, **kwargs)
