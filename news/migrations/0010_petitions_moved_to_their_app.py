"""The petitions' models move to their own app (news/petitions/, app label `petitions`).

The petitions app's 0001_initial takes them over in its state and renames their content types; this one only
removes them from the news app's state. Their tables stay as they are (the petitions app keeps their names).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0009_article_embargo"),
        ("petitions", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name="PetitionAttachment"),
                migrations.DeleteModel(name="PetitionSubmission"),
                migrations.DeleteModel(name="PetitionPage"),
                migrations.DeleteModel(name="PetitionIndexPage"),
                migrations.DeleteModel(name="Agency"),
            ],
        ),
    ]
