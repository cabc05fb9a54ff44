"""Pure rules of the service, over plain data and without a database (who answers a citizen)."""
