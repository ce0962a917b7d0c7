import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { CSSProperties } from 'react';
import { useLang, useT } from '../../i18n/i18n';

/** Toggles zh-CN ⇄ en; the button shows the language it switches to. */
export function LanguageSwitch({ style, light }: { style?: CSSProperties; light?: boolean }) {
  const t = useT();
  const [lang, setLang] = useLang();
  const next = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={() => setLang(next)}
      aria-label={`${t('lang.switchTo')}: ${t(next === 'en' ? 'lang.en' : 'lang.zh-CN')}`}
      lang={next}
      style={{ color: light ? '#fff' : undefined, ...style }}
    >
      {t(next === 'en' ? 'lang.en' : 'lang.zh-CN')}
    </Button>
  );
}
