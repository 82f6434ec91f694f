-- The versions of the access plan (groups, grants, filters) applied to this database. A node
-- applies a version only after inserting its row: a second node starting at the same time waits
-- on the key and then skips the work, and between releases an administrator's changes stand.
CREATE TABLE identity_setup (
  version    VARCHAR(64) PRIMARY KEY,
  applied_at TIMESTAMP   NOT NULL
);
