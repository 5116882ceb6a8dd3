"""Factories for the syndication models."""

import factory
from factory.django import DjangoModelFactory

from .models import FeedSource, IngestedItem, SocialPost, SocialShare


class FeedSourceFactory(DjangoModelFactory):
    class Meta:
        model = FeedSource

    name = factory.Sequence(lambda n: f"Cổng thông tin xã Tân Cương {n}")
    url = factory.Sequence(lambda n: f"https://tancuong.thainguyen.gov.vn/rss/{n}.xml")


class IngestedItemFactory(DjangoModelFactory):
    class Meta:
        model = IngestedItem

    source = factory.SubFactory(FeedSourceFactory)
    guid = factory.Sequence(lambda n: f"urn:tin:{n}")
    link = factory.Sequence(lambda n: f"https://tancuong.thainguyen.gov.vn/tin/{n}.html")
    title = "Xã Tân Cương tổ chức Ngày hội chè"


class SocialShareFactory(DjangoModelFactory):
    class Meta:
        model = SocialShare

    enabled = True


class SocialPostFactory(DjangoModelFactory):
    class Meta:
        model = SocialPost

    network = SocialPost.Network.FACEBOOK
    message = "Thái Nguyên đẩy mạnh chuyển đổi số"
    link = "http://testserver/tin-tuc/"
