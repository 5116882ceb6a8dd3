"""The full-text layer's tables (core/fulltext/), and on PostgreSQL everything it needs there, in this one place.

PostgreSQL (nothing of this runs elsewhere):
* ``search_vector`` is a ``tsvector`` the portal writes from its own tokens (core/fulltext/fields.py): no text-search
  configuration is involved, so none is created;
* ``btree_gin``: the GIN index on ``(search_vector, date)`` answers "the newest matches" inside one index scan
  (core/fulltext/engine.py asks window by window);
* ``pg_trgm``: a trigram index on ``title_folded`` answers the suggestions' ``LIKE '% dac san tr%'``, and a
  byte-order index (``COLLATE "C"``) their titles that begin with what was typed, in order;
* narrow rows: ``toast_tuple_target = 128`` moves the body, the vector and the word strings out of line while the
  title stays in the row; no planner statistics on the vector (with them PostgreSQL sometimes chose a sequential
  scan that de-TOASTs every vector).
Both extensions are trusted (no superuser needed).
"""


import django.db.models.deletion
import thainguyen_portal.core.fulltext.fields
from django.conf import settings
from django.db import migrations, models


POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE core_textentry SET (toast_tuple_target = 128)",
    """ALTER TABLE core_textentry
        ALTER COLUMN title SET STORAGE MAIN,
        ALTER COLUMN kind SET STORAGE MAIN,
        ALTER COLUMN path SET STORAGE MAIN,
        ALTER COLUMN title_folded SET STORAGE MAIN,
        ALTER COLUMN keys SET STORAGE MAIN,
        ALTER COLUMN search_vector SET STATISTICS 0""",
    "CREATE INDEX core_textentry_vector_date ON core_textentry USING gin (search_vector, date)",
    "CREATE INDEX core_textentry_title_trgm ON core_textentry USING gin (title_folded gin_trgm_ops)",
    'CREATE INDEX core_textentry_title_prefix ON core_textentry ((title_folded COLLATE "C"))',
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS core_textentry_title_prefix",
    "DROP INDEX IF EXISTS core_textentry_title_trgm",
    "DROP INDEX IF EXISTS core_textentry_vector_date",
]


def postgres_forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)


def postgres_backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0003_visit_statistics'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchTerm',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('term', models.CharField(max_length=130, unique=True)),
                ('display', models.CharField(blank=True, max_length=130)),
                ('entries', models.PositiveIntegerField(default=0)),
            ],
            options={
                'verbose_name': 'search term',
                'verbose_name_plural': 'search terms',
            },
        ),
        migrations.CreateModel(
            name='SynonymGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('terms', models.TextField(help_text='The equivalent terms, separated by commas: for example "UBND, Ủy ban nhân dân" or "sổ đỏ, giấy chứng nhận quyền sử dụng đất". Tone marks and capitals do not matter.', verbose_name='terms')),
                ('note', models.CharField(blank=True, max_length=255, verbose_name='note')),
            ],
            options={
                'verbose_name': 'synonym group',
                'verbose_name_plural': 'synonyms and abbreviations',
                'ordering': ['terms'],
            },
        ),
        migrations.CreateModel(
            name='PlaceName',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='Without the unit: "Phú Bình".', max_length=100, verbose_name='former name')),
                ('unit', models.CharField(choices=[('province', 'province'), ('city', 'provincial city'), ('town', 'town'), ('district', 'district'), ('commune', 'commune'), ('ward', 'ward'), ('township', 'township')], max_length=20, verbose_name='former unit')),
                ('until', models.DateField(help_text='The last day of the former unit.', verbose_name='existed until')),
                ('now_part_of', models.TextField(help_text='The units it became or was merged into, separated by commas, each with its kind: "xã Phú Bình, xã Kha Sơn".', verbose_name='now part of')),
                ('note', models.CharField(blank=True, help_text='The resolution that decided it.', max_length=255, verbose_name='source')),
            ],
            options={
                'verbose_name': 'former place name',
                'verbose_name_plural': 'former place names',
                'ordering': ['name', 'unit'],
                'constraints': [models.UniqueConstraint(fields=('name', 'unit'), name='core_placename_unique')],
            },
        ),
        migrations.CreateModel(
            name='TextEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source', models.CharField(max_length=100)),
                ('object_key', models.CharField(max_length=64)),
                ('object_id', models.PositiveBigIntegerField(blank=True, null=True)),
                ('kind', models.CharField(max_length=50)),
                ('path', models.CharField(blank=True, db_index=True, max_length=255)),
                ('title', models.TextField()),
                ('body', models.TextField(blank=True)),
                ('url', models.CharField(blank=True, max_length=500)),
                ('date', models.DateTimeField(blank=True, null=True)),
                ('keys', models.TextField(blank=True)),
                ('title_folded', models.TextField(blank=True)),
                ('text_folded', models.TextField(blank=True)),
                ('text_exact', models.TextField(blank=True)),
                ('search_vector', thainguyen_portal.core.fulltext.fields.TextVectorField(editable=False, null=True)),
                ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
                ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'verbose_name': 'search entry',
                'verbose_name_plural': 'search entries',
                'indexes': [models.Index(fields=['locale', 'kind', 'date'], name='core_textentry_filter'), models.Index(fields=['source', 'object_id'], name='core_textentry_object')],
                'constraints': [models.UniqueConstraint(fields=('source', 'object_key'), name='core_textentry_unique_object')],
            },
        ),
        migrations.RunPython(postgres_forward, postgres_backward),
    ]
