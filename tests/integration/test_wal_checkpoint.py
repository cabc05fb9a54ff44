"""SQLite's write-ahead log is copied into the database file beside the work (`checkpoint_wal`, every
second in `skp-bot run`), not by whichever commit crosses SQLite's mark: that commit, and every message
waiting behind it, was held up for milliseconds. Whatever was committed is in the file afterwards."""

from pathlib import Path

from sqlalchemy import Engine, text

from bot import migrate
from bot.db import WAL_BACKSTOP_PAGES, checkpoint_wal, make_engine


def test_a_commit_leaves_its_pages_in_the_log_for_the_checkpoint_to_copy(tmp_path: Path) -> None:
    database = tmp_path / "skp.db"
    engine = make_engine(f"sqlite:///{database}")
    migrate.upgrade(engine)
    checkpoint_wal(engine)
    empty = database.stat().st_size
    with engine.begin() as connection:
        autocheckpoint = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        connection.execute(text("CREATE TABLE notes (body TEXT)"))
        for n in range(600):  # about 1,700 pages of 4 kB: past SQLite's own mark of 1,000
            connection.execute(text("INSERT INTO notes VALUES (:body)"), {"body": f"{n}" * 4000})

    assert autocheckpoint == WAL_BACKSTOP_PAGES
    assert database.stat().st_size == empty  # the commit did not checkpoint on its own
    checkpoint_wal(engine)
    assert database.stat().st_size > empty + 6_000_000
    with engine.connect() as connection:
        busy, logged, copied = connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert busy == 0 and logged == copied  # nothing left in the log that is not in the file
    reopened = make_engine(f"sqlite:///{database}")
    with reopened.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM notes")).scalar() == 600
    engine.dispose()
    reopened.dispose()


def test_an_in_memory_database_or_postgresql_has_no_log_to_copy(migrated: Engine) -> None:
    checkpoint_wal(make_engine("sqlite://"))
    checkpoint_wal(migrated)  # nothing to do, nothing raised
