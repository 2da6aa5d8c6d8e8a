-- Intranet users of the UI: role and town, PBKDF2 password hash, lock-out state.
CREATE TABLE intranet_user (
    username        VARCHAR(32)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(50)  NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    town            VARCHAR(32),
    password_hash   VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    demo            BOOLEAN      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL,
    CONSTRAINT intranet_user_town_ck CHECK (role <> 'TOWN_OFFICER' OR town IS NOT NULL)
);
