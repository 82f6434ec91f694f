-- The shift of a programme clock that runs "as of" a date inside the period (demo, training
-- installations): recorded at the first start, reused at every restart so that time never jumps
-- back behind the tasks and timers already in the database.
create table programme_clock_shift (
    id           int    primary key,
    shift_millis bigint not null
);
