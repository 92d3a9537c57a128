CREATE USER 'debezium'@'%' IDENTIFIED BY 'dbz-aurora-secret';
-- Debezium's privileges; Aurora also needs LOCK TABLES (no global read lock there)
GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT, LOCK TABLES ON *.* TO 'debezium'@'%';
