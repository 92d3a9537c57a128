-- Урок 03: срок хранения binlog в Aurora MySQL (процедура RDS).
-- TODO: CALL mysql.rds_set_configuration('binlog retention hours', ...);
CALL mysql.rds_show_configuration;
