-- Урок 03: пользователь для Debezium. Выполняется от master user кластера.
CREATE USER 'debezium'@'%' IDENTIFIED BY 'dbz-aurora-secret';
-- TODO: GRANT ... ON *.* TO 'debezium'@'%';
