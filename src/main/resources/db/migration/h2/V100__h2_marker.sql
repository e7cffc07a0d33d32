-- H2 needs no vendor-specific objects yet; this keeps the vendor location in use and versions aligned.
SELECT 1;
