"""Use cases: one function per thing a user does. Each owns its transaction (`with uow: … uow.commit()`)."""
