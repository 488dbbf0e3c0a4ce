package dev.cairn.storage.jdbc.journal;

import org.junit.jupiter.api.Test;

import java.sql.SQLFeatureNotSupportedException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCodecTest {

    @Test
    void everyParameterTypeTheStoresBindComesBackAsItWent() throws Exception {
        String long70k = "x".repeat(70_000); // past DataOutputStream.writeUTF's limit
        List<Write> writes = List.of(
                new Write("INSERT INTO a VALUES (?, ?, ?, ?, ?, ?)", List.<Object[]>of(
                        new Object[]{null, "text é", 42L, 7, new byte[]{1, 2, 3}, true},
                        new Object[]{long70k, "", -1L, 0, new byte[0], false})),
                Write.plain("TRUNCATE TABLE a"));
        byte[] record = RecordCodec.encode(writes);
        RecordCodec.setSequence(record, 99);

        RecordCodec.Entry entry = RecordCodec.decode(record);

        assertThat(entry.sequence()).isEqualTo(99);
        assertThat(entry.writes()).hasSize(2);
        assertThat(entry.writes().get(0).rows().get(0)).containsExactly(null, "text é", 42L, 7, new byte[]{1, 2, 3}, true);
        assertThat(entry.writes().get(0).rows().get(1)).containsExactly(long70k, "", -1L, 0, new byte[0], false);
        assertThat(entry.writes().get(1).sql()).isEqualTo("TRUNCATE TABLE a");
        assertThat(entry.writes().get(1).rows()).isEmpty();
    }

    @Test
    void aParameterTheJournalCouldNotRepeatExactlyIsRefused() {
        assertThatThrownBy(() -> Write.checkParameter(java.time.Instant.EPOCH)).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> Write.checkParameter(1.5d)).isInstanceOf(SQLFeatureNotSupportedException.class);
    }
}
