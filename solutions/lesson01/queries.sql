-- name: current-position
SHOW BINLOG STATUS;

-- name: binlog-files
SHOW BINARY LOGS;

-- name: gtid-executed.mysql
SELECT @@GLOBAL.gtid_executed;

-- name: gtid-executed.mariadb
SELECT @@GLOBAL.gtid_binlog_pos;

-- name: transaction-events
SHOW BINLOG EVENTS IN {file} FROM {position};
