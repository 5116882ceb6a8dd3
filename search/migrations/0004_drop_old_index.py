"""The site search reads the portal's one full-text index now (core.TextEntry, core/fulltext/): its own goes."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0003_postgres_fast_search'),
        ('core', '0004_fulltext_index'),
    ]

    operations = [
        migrations.DeleteModel(
            name='SearchEntry',
        ),
    ]
