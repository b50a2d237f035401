/**
 * A message inside a demo: `<DemoMessage kind="warning">lr 0 does not move the point.</DemoMessage>`.
 * info and warning are polite live regions (role=status); error is role=alert. Pass a `list` to show several lines.
 */
import type { ReactNode } from 'react';

export type MessageKind = 'info' | 'warning' | 'error';

interface Props {
  kind: MessageKind;
  children?: ReactNode;
  /** Extra lines, one paragraph each. */
  list?: readonly string[];
  testId?: string;
}

const PREFIX: Record<MessageKind, string> = { info: 'Note', warning: 'Warning', error: 'Error' };

export function DemoMessage({ kind, children, list, testId }: Props) {
  if (children === undefined && (list === undefined || list.length === 0)) return null;
  return (
    <div className={`gd-message gd-message-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="gd-visually-hidden">{PREFIX[kind]}: </span>
      {children !== undefined && <p>{children}</p>}
      {list?.map((line, i) => <p key={`${i}:${line}`}>{line}</p>)}
    </div>
  );
}
