"""Factories for the newsroom's models and its people."""

import io

import factory
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory
from PIL import Image as PILImage

from .models import FieldReport, FieldReportPhoto, ZaloSender
from .roles import role as role_by_key


def jpeg_bytes(size=(640, 480), color=(40, 120, 60), exif=None):
    buffer = io.BytesIO()
    image = PILImage.new("RGB", size, color)
    if exif is not None:
        image.save(buffer, "JPEG", exif=exif)
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def jpeg_upload(name="anh.jpg", **kwargs):
    return SimpleUploadedFile(name, jpeg_bytes(**kwargs), content_type="image/jpeg")


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@thainguyen.gov.vn")
    first_name = "Nguyễn Văn"
    last_name = "An"
    password = factory.PostGenerationMethodCall("set_password", "chè-Tân-Cương-2026")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        """UserFactory(role="reporters") puts the user in that newsroom group (setup_newsroom must have run)."""
        if not create:
            return
        self.save()
        if extracted:
            from django.contrib.auth.models import Group

            self.groups.add(Group.objects.get(name=role_by_key(extracted).name))


class FieldReportFactory(DjangoModelFactory):
    class Meta:
        model = FieldReport

    sender = factory.SubFactory(UserFactory)
    text = "Mưa lớn gây sạt lở trên tuyến đường ĐT 263 đoạn qua xã Phú Thịnh.\nLực lượng chức năng đang khắc phục."
    place = "Xã Phú Thịnh, huyện Đại Từ"


class FieldReportPhotoFactory(DjangoModelFactory):
    class Meta:
        model = FieldReportPhoto

    report = factory.SubFactory(FieldReportFactory)
    file = factory.LazyFunction(lambda: jpeg_upload("hien-truong.jpg"))


class ZaloSenderFactory(DjangoModelFactory):
    class Meta:
        model = ZaloSender

    zalo_user_id = factory.Sequence(lambda n: f"84{n:010d}")
    display_name = "Trần Thị Bình"
