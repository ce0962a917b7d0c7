import { Button, Flex, Input } from 'antd';
import { useT } from '../../../i18n/i18n';
import { Section, type SectionProps } from './fields';

/** The vetoes (一票否决) the scheme knows. */
export function VetoesSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  return (
    <Section title={t('scheme.vetoes')} path="vetoes" errors={errors}>
      <Flex vertical gap={8}>
        {scheme.vetoes.map((v, i) => (
          <Flex key={v.key} gap={8} align="center">
            <Input
              aria-label={`${t('scheme.vetoName')} ${i + 1}`}
              value={v.name}
              disabled={disabled}
              maxLength={200}
              onChange={(e) => update((s) => void (s.vetoes[i]!.name = e.target.value))}
            />
            {!disabled ? (
              <Button type="link" danger onClick={() => update((s) => void s.vetoes.splice(i, 1))}>
                {t('common.delete')}
              </Button>
            ) : null}
          </Flex>
        ))}
        {!disabled ? (
          <Button
            type="dashed"
            onClick={() =>
              update((s) => void s.vetoes.push({ key: `veto_${Date.now().toString(36)}`, name: '' }))
            }
          >
            {t('scheme.addVeto')}
          </Button>
        ) : null}
      </Flex>
    </Section>
  );
}
