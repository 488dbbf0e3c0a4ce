-- A search by sub reads cairn_user, whose primary key (pool_id, sub) is that index already; the
-- entries named 'sub' were a second copy, written at a random place of the index for every new user.
DELETE FROM cairn_user_index WHERE name = 'sub';
