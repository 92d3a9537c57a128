-- Урок 01: запросы, которые показывают binlog. Имя перед запросом (-- name: ...) не меняйте.
-- Grader выполняет их от пользователя с правами только на чтение binlog.

-- name: current-position
-- TODO: текущий файл binlog и позиция

-- name: binlog-files
-- TODO: список файлов binlog

-- name: gtid-executed
-- TODO: выполненные GTID (можно дать варианты gtid-executed.mysql и gtid-executed.mariadb)

-- name: transaction-events
-- TODO: события binlog начиная с {file} и {position} (их подставит grader)
