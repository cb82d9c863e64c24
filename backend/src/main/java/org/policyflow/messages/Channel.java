package org.policyflow.messages;

import java.util.List;

/** A way out of the outbox: who of a body it reaches and how one delivery is sent. */
interface Channel {

    /** The name kept in pf_outbox.channel. */
    String name();

    /** The addresses of the body on this channel; none when the channel is not set up. */
    List<String> recipients(String departmentId);

    /**
     * Sends or throws; a throw is retried later.
     *
     * @param deliveryId the outbox row, unique per delivery: receivers can recognise a repeat by it
     */
    void send(long deliveryId, String recipient, Message message) throws Exception;
}
