-- Урок 02: PostgreSQL готовится к CDC так, как это делает владелец таблиц (не superuser).

-- Публикация только тех таблиц, которые захватывает коннектор: products в неё не входит.
-- FOR ALL TABLES требует superuser, поэтому таблицы перечислены явно.
CREATE PUBLICATION cdc_inventory FOR TABLE inventory.customers, inventory.orders;

-- customers: UPDATE и DELETE несут всю старую строку в before.
ALTER TABLE inventory.customers REPLICA IDENTITY FULL;

-- orders: только первичный ключ (значение по умолчанию).
ALTER TABLE inventory.orders REPLICA IDENTITY DEFAULT;
