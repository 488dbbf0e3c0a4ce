-- A user's index entries are written and deleted by their primary key: the projection knows the
-- entries stored with a user's current document, so nothing looks a user's entries up by user any
-- more, and this index only cost a second B-tree write per entry (and its disk).
DROP INDEX IF EXISTS cairn_user_index_by_user;
