-- Урок 02: подготовка PostgreSQL к CDC. Grader выполнит этот файл от имени роли inventory_owner —
-- владельца таблиц inventory.customers, inventory.orders, inventory.products (не superuser).

-- TODO: создайте публикацию (publication) для таблиц, которые захватывает коннектор:
--       inventory.customers и inventory.orders, но не inventory.products.

-- TODO: задайте REPLICA IDENTITY: FULL для inventory.customers, DEFAULT для inventory.orders.
