/**
 * The conversation values that every module shares: {@link Conversation} with its {@link Message}s,
 * {@link ConversationContext} and {@link Labels}, and the {@link Responder} and {@link Sender}
 * enums. All of it is exported; the values are immutable.
 */
package org.oncotriage.conversation;
