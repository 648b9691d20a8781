/** The parts of Meta's Messenger Platform formats the gateway reads and writes (webhook, Send API, Graph errors). */

export interface MessengerUser {
  id: string;
}

export interface MessengerMessage {
  mid?: string;
  seq?: number;
  text?: string;
  is_echo?: boolean;
  quick_reply?: { payload?: string };
  attachments?: unknown[];
  [key: string]: unknown;
}

export interface MessengerPostback {
  mid?: string;
  title?: string;
  payload?: string;
  referral?: unknown;
}

/** One item of `entry[].messaging`: exactly what Azure's Facebook channel puts in activity.channelData. */
export interface MessagingEvent {
  sender: MessengerUser;
  recipient: MessengerUser;
  timestamp?: number;
  message?: MessengerMessage;
  postback?: MessengerPostback;
  delivery?: unknown;
  read?: unknown;
  [key: string]: unknown;
}

export interface WebhookBody {
  object?: string;
  entry?: { id?: string; time?: number; messaging?: MessagingEvent[] }[];
}

export interface QuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}

/** The `message` of a Send API request. */
export interface OutgoingMessage {
  text: string;
  quick_replies?: QuickReply[];
}

export interface GraphErrorBody {
  error?: { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string };
}
