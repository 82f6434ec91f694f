-- The staff positions of the Family Houses (the 15 temporary jobs for specialists and support
-- staff) and the months whose pay cost has been posted through the ledger (family-house-position).
insert into number_sequence (name, last_value) values ('family-house-position', 0);

create table family_house_position (
    position_number    varchar(20)    primary key,
    house_id           varchar(40)    not null,
    role               varchar(40)    not null,
    -- personal data: the staff member's name stays in this table, never in the engine
    staff_name         varchar(200)   not null,
    start_date         date           not null,
    end_date           date           not null,
    working_time       numeric(3, 2)  not null,
    gross_monthly_wage numeric(10, 2) not null,
    status             varchar(20)    not null,
    recorded_by        varchar(64),
    recorded_on        date           not null,
    check (end_date >= start_date),
    check (working_time > 0 and working_time <= 1)
);
create index family_house_position_period on family_house_position (start_date, end_date);

-- one row per position and month: written with the ledger posting in the same transaction
create table family_house_position_month (
    position_number varchar(20)    not null references family_house_position (position_number),
    pay_month       varchar(7)     not null,
    first_day       date           not null,
    last_day        date           not null,
    working_days    integer        not null,
    gross_pay       numeric(10, 2) not null,
    contributions   numeric(10, 2) not null,
    total_cost      numeric(10, 2) not null,
    posting_key     varchar(100)   not null unique,
    posted_on       date           not null,
    primary key (position_number, pay_month)
);
