CREATE TABLE locations (
    id        UUID         NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    address   VARCHAR(200) NOT NULL,
    phone     VARCHAR(32)  NOT NULL,
    time_zone VARCHAR(64)  NOT NULL
);
