-- People leave the register without being deleted (their posts' history names them): the day they
-- were marked as left, null while they serve.
ALTER TABLE person ADD COLUMN left_on date;
