package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/** An EclipseLink log that keeps the SQL statements it sees, with their bind values, for plan tests. */
public class SqlCapture extends AbstractSessionLog {

    private static final List<String> STATEMENTS = new ArrayList<>();

    @Override
    public synchronized void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            synchronized (STATEMENTS) {
                STATEMENTS.add(entry.getMessage());
            }
        }
    }

    public static void clear() {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
        }
    }

    /** The last statement that starts with {@code prefix}. */
    public static String last(String prefix) {
        synchronized (STATEMENTS) {
            for (int i = STATEMENTS.size() - 1; i >= 0; i--) {
                if (STATEMENTS.get(i).startsWith(prefix)) {
                    return STATEMENTS.get(i);
                }
            }
        }
        throw new IllegalStateException("no statement starting with " + prefix);
    }
}
