package dev.cdclab.lab;

/**
 * A binlog server started beside the lab's own with options a lesson chose (a student's option
 * file, a simulated parameter group), for one lesson; closing it stops it and deletes its data.
 */
public interface ConfiguredBinlogServer extends BinlogDatabase, AutoCloseable {
    @Override
    void close();
}
