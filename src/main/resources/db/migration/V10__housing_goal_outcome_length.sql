-- A goal's final outcome holds the GoalOutcome names, the longest of which (PARTLY_ACHIEVED) has
-- 15 characters: V9 gave the column 12.
alter table housing_goal alter column outcome set data type varchar(20);
