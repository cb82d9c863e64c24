package org.policyflow.messages;

import java.time.OffsetDateTime;
import org.springframework.lang.Nullable;

/**
 * One 站内消息 as its reader sees it.
 *
 * @param link the application's page it points to, relative to the application's address
 * @param read whether the reader has read it
 */
record Message(long id, String kind, String title, String body, String link, @Nullable Long itemId, int taskCount,
               OffsetDateTime createdAt, boolean read) {
}
