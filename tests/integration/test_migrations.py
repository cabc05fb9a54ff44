"""The migrations are the only way the schema changes: they must produce exactly the models' schema."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from bot import migrate
from bot.models import Base


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_upgrading_an_empty_database_gives_exactly_the_models_schema(engine: Engine) -> None:
    migrate.upgrade(engine)

    assert schema_differences(engine) == []
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_downgrade_to_base_empties_the_database_and_upgrade_works_again(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")

    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}

    migrate.upgrade(engine)
    assert schema_differences(engine) == []


def test_upgrading_twice_changes_nothing(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.upgrade(engine)

    assert schema_differences(engine) == []
