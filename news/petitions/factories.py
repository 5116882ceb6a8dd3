"""Factories for every model of the petitions app."""

import datetime

import factory
from factory.django import DjangoModelFactory

from thainguyen_portal.core.factories import PageFactory

from .models import Agency, PetitionIndexPage, PetitionPage, PetitionStatus


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Sở Nông nghiệp và Môi trường {n}")


class PetitionIndexPageFactory(PageFactory):
    class Meta:
        model = PetitionIndexPage

    title = "Phản ánh – Kiến nghị"


class PetitionPageFactory(PageFactory):
    class Meta:
        model = PetitionPage

    title = factory.Sequence(lambda n: f"Đề nghị sửa đường liên xóm số {n}")
    sender_name = "Nguyễn Văn An"
    content = "Đường liên xóm bị hư hỏng nặng sau mưa lũ, đề nghị sớm sửa chữa."
    status = PetitionStatus.ANSWERED
    answer = "<p>Ủy ban nhân dân xã đã bố trí kinh phí sửa chữa trong quý IV.</p>"
    answer_date = factory.LazyFunction(datetime.date.today)
    agency = factory.SubFactory(AgencyFactory)
