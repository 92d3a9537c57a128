-- Keep binlogs a week: longer than the longest outage of the connector (72 h), within Aurora MySQL 3's 2160 h.
CALL mysql.rds_set_configuration('binlog retention hours', 168);
CALL mysql.rds_show_configuration;
