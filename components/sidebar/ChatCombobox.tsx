import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { prepareChatSearch, searchChats } from '@/utils/audit-view/chat-search';
import type { ChatChoice } from '@/utils/audit-view/sidebar-model';
import type { Translator } from '@/utils/i18n/translator';
import type { MaxId } from '@/utils/max/bridge-events';

interface Props {
  t: Translator;
  /** Group chats to choose from; called once, when the combobox first shows. */
  chatChoices(): ChatChoice[];
  /** The chat picked, or null while none is (typing clears the pick). */
  onChoose(chatId: MaxId | null): void;
}

/**
 * A chat picked by typing part of its title (ARIA combobox with a list box): ↑/↓ move through the matches, Enter
 * picks, Escape closes the list; only the first matches are listed, so thousands of chats stay quick.
 */
export function ChatCombobox({ t, chatChoices, onChoose }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  // Prepared once when the combobox opens; a chat that appears meanwhile shows the next time.
  const [index] = useState(() => prepareChatSearch(chatChoices()));
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(0);
  const result = useMemo(() => searchChats(index, query), [index, query]);
  const { matches } = result;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeChat = open ? matches[active] : undefined;
  const list = useRef<HTMLDivElement>(null);
  // The active option stays in sight as ↑/↓ move through a list taller than its box.
  useEffect(() => {
    list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const choose = (chat: ChatChoice) => {
    setQuery(chat.title);
    setOpen(false);
    onChoose(chat.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) setOpen(true);
      else if (matches.length > 0) setActive((active + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' && activeChat) {
      event.preventDefault();
      choose(activeChat);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a second Escape is left to the form around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div class="combobox">
      <label>
        {t.t('linkChoose')}
        <input
          type="text"
          role="combobox"
          autoComplete="off"
          data-testid="override-chat-search"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeChat ? optionId(active) : undefined}
          placeholder={t.t('linkSearchPlaceholder')}
          value={query}
          maxLength={200}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
            setOpen(true);
            onChoose(null);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {open && (
        <>
          <div ref={list} class="combobox__list" id={listId} role="listbox" aria-label={t.t('linkChoose')}>
            {matches.map((chat, i) => (
              <div
                key={chat.id}
                id={optionId(i)}
                role="option"
                class={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                aria-selected={i === active}
                // Focus stays in the input (aria-activedescendant); -1 only makes the option focusable by script.
                tabIndex={-1}
                data-testid="override-chat-option"
                // mousedown, not click: the input keeps its focus.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(chat);
                }}
              >
                {chat.title}
              </div>
            ))}
          </div>
          <p class="combobox__hint" aria-live="polite" data-testid="override-chat-count">
            {matches.length === 0
              ? t.t('linkSearchNone')
              : result.total > matches.length
                ? t.t('linkSearchMore', { shown: matches.length, total: result.total })
                : ''}
          </p>
        </>
      )}
    </div>
  );
}
