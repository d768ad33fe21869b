package nlu

// lexicon maps words and phrases, written normalised (lower case, no accents), to concepts.
// Each line is "concepts | phrase ; phrase ; ...". A word ending in * matches any word starting
// with it. Longer phrases win over shorter ones on the same words.
//
// Concepts: t:topic, i:intent, a:application, h:holder, p:parents, fmt:card format,
// card:Belgian card type, os:phone system, sit:nationality situation, and flags
// (hosted, pass, both, dn, abroad, outside, f:reset/greet/thanks/bye/yes/no/help, oos:reason);
// f:filler marks words that carry no concept but show the message was understood ("en fait", "et pour").
const lexicon = `
t:cni | carte d identite ; carte identite ; carte nationale d identite ; carte nationale ; cni ; cnie ; carte d id ; carte id ; c n i ; id card ; identity card ; national identity card ; french id ; identiteitskaart ; franse identiteitskaart ; sa ci ; ma ci ; titre d identite ; piece d identite ; carte d identitee ; carte didentite ; carte d identiter ; cart d identite
tw:cni | carte ; card ; kaart
t:cni i:fee | timbre fiscal ; timbre ; timbres ; tax stamp ; fiscale zegel
t:france-identite | france identite ; identite numerique ; identite numerique certifiee ; certification ; certifier ; certifie* ; franceconnect ; franceconnect+ ; france connect ; digital identity ; digitale identiteit ; appli france identite ; application france identite ; l application ; l appli
t:cle-numerique | cle numerique ; cles numeriques ; cle numerik ; cle numeric ; digital key ; digitale sleutel ; digitale sleutels ; csam ; mygov ; my gov ; itsme ; token ; code d activation ; activatiecode ; bureau d enregistrement ; tax on web ; taxonweb ; mes cles numeriques ; cle digitale
t:nationalite | nationalite ; nationalite francaise ; naturalisation ; naturalis* ; devenir francais ; devenir francaise ; etre francais ; obtenir la nationalite ; french citizenship ; citizenship ; become french ; becoming french ; nationaliteit ; franse nationaliteit ; decret de naturalisation ; declaration de nationalite ; naturalization
t:cle-numerique card:eid | eid ; e id ; lecteur de carte ; kaartlezer ; card reader ; carte a puce belge ; carte belge
card:orange | carte orange ; attestation d immatriculation ; oranje kaart ; orange card
card:protocol | carte protocolaire ; protocolaire ; carte de protocole ; carte diplomatique ; diplomate ; diplomatique ; protocol card
nochip | zonder eid ; geen eid ; zonder identiteitskaart met chip ; without eid ; without an eid ; no eid ; sans puce ; pas de puce ; pas de carte a puce ; sans carte a puce ; without chip ; no chip ; zonder chip ; geen chip ; sans eid ; pas d eid ; pas de eid

i:fee | montant ; montant a payer ; a acquitter ; acquitter ; combien ; cb ; cmb ; kombien ; combien ca coute ; ca coute ; coute ; coute combien ; cout ; couts ; prix ; tarif ; tarifs ; payer ; payant ; payante ; gratuit ; gratuite ; gratos ; frais ; euros ; euro ; how much ; cost ; costs ; price ; fee ; fees ; free ; pay ; hoeveel ; kost ; kosten ; prijs ; betalen ; gratis ; quel prix ; c est combien ; le prix ; faut payer ; doit payer
i:civil_status | livret de famille ; acte de mariage ; changement de nom ; etat civil
i:originals | photocopie ; photocopies ; copie ; copies ; originaux ; original ; les originaux
i:payment t:cni | payer le timbre ; acheter le timbre ; acheter un timbre ; ou acheter le timbre ; comment payer ; timbre electronique ; timbre dematerialise ; bureau de tabac ; buraliste
i:protected h:protected | curatelle ; sous curatelle ; tutelle ; sous tutelle ; tuteur ; sauvegarde de justice
i:minor_info h:minor | bebe ; nourrisson ; nouveau ne
i:minor_info | a quel age ; des quel age ; a partir de quel age
i:documents | papiers ; papier ; documents ; document ; docs ; doc ; pieces ; pieces justificatives ; piece justificative ; justificatifs ; dossier ; fournir ; apporter ; amener ; ramener ; besoin de quoi ; quoi apporter ; il faut quoi ; faut quoi ; que faut il ; qu est ce qu il faut ; liste ; checklist ; what do i need ; which documents ; bring ; documenten ; papieren ; meebrengen ; wat moet ik ; quels papiers ; quels documents ; quelles pieces ; que dois je apporter ; que dois je fournir ; demarche ; demarches ; procedure ; comment faire ; comment on fait ; how do i ; how to ; hoe ; hoe vraag ; comment obtenir ; comment avoir ; comment demander
i:validity | valable ; valide ; valid ; validite ; validity ; geldig ; geldigheid ; expire quand ; expire en ; expirera ; expire le ; encore bonne ; est elle perimee ; est elle expiree ; is it expired ; encore valable ; encore valide ; date d expiration ; date de fin ; duree de validite ; still valid ; expired ; verlopen ; jusqu a quand ; jusqu quand ; prolongation ; prolongee ; prolonge ; prolonger ; extended ; verlengd
i:delay | delai ; delais ; combien de temps ; cb de temps ; temps d attente ; attendre ; quand vais je ; quand est ce que ; quand aurai je ; quand sera ; quand je vais ; how long ; wait ; hoelang ; hoe lang ; wanneer ; rapidement ; vite ; urgent ; urgence ; dans combien de temps ; resultat ; resultats ; en combien de temps
i:where | ou aller ; ou faire ; ou deposer ; ou se rendre ; ou est ce que ; ou puis je ; ou peut on ; ou dois je ; ou la faire ; ou le faire ; where ; waar ; quelle mairie ; dans quelle mairie ; mairie habilitee ; mairies habilitees ; rendez vous ; rdv ; prendre rdv ; prendre rendez vous ; appointment ; afspraak ; quelle commune ; dans quelle commune ; pres de chez moi ; n importe quelle mairie ; autre commune ; une autre commune ; autre mairie ; une autre mairie ; autre ville ; pas dans ma commune ; hors de ma commune ; ma commune
i:photo | photo ; photos ; photographie ; photo d identite ; lunettes ; sourire ; fond blanc ; photomaton ; picture ; foto ; pasfoto
i:fingerprints | empreinte ; empreintes ; empreintes digitales ; fingerprints ; fingerprint ; vingerafdrukken ; doigts
i:presence | present ; presente ; presence ; venir ; se deplacer ; en personne ; retrait ; retirer ; recuperer ; recup ; chercher la carte ; aller chercher ; collect ; pick up ; ophalen ; a la place de ; sans moi
i:predemande | pre demande ; predemande ; pre-demande ; ants ; formulaire ; cerfa ; pre application ; pre-application ; en ligne ; online ; numero de pre demande ; qr code
i:proof_address | justificatif de domicile ; justificatifs de domicile ; justif de domicile ; preuve d adresse ; preuve de domicile ; facture ; factures ; quittance ; quittance de loyer ; proof of address ; adresbewijs ; facture edf ; facture de telephone ; avis d imposition ; attestation d assurance
i:hosted hosted:1 | heberge ; hebergee ; heberges ; hebergement ; attestation d hebergement ; je suis heberge ; je suis hebergee ; chez mes parents ; chez ma mere ; chez mon pere ; chez un ami ; chez une amie ; chez quelqu un ; chez mon copain ; chez ma copine ; chez ma soeur ; chez mon frere ; hosted ; live with my parents ; inwonend
hosted:0 | pas heberge ; pas hebergee ; j habite seul ; j habite seule ; chez moi ; a mon nom ; mon propre logement
i:false_declaration | si je ment ; si je mens ; mentir ; c grave ; c est grave ; fausse declaration ; fausses declarations ; faire une fausse declaration ; risque ; risques ; sanction ; sanctions ; peine ; peines ; amende ; puni ; punie ; prison ; 441-6 ; 441-7 ; false statement
i:double_name dn:1 | double nom ; double-nom ; deux noms ; nom d usage ; nom des deux parents ; les deux noms ; accoler ; noms accoles ; nom du pere et de la mere ; double name ; dubbele naam
i:declare | declarer ; declaration de perte ; declaration de vol ; declarer la perte ; declarer le vol ; porter plainte ; plainte ; commissariat ; gendarmerie ; police ; recepisse ; report ; aangifte
i:pickup_deadline | pas retiree ; pas recuperee ; jamais recuperee ; oublie de recuperer ; detruite ; destroyed ; 3 mois pour
i:what | c est quoi ; qu est ce que ; qu est ce qu ; what is ; what s ; wat is ; a quoi ca sert ; ca sert a quoi ; sert a quoi ; kesako ; definition ; explique ; expliquer ; explain
i:uses | a quoi sert ; ca sert ; servir ; sert ; utiliser ; usage ; usages ; pour quoi faire ; procuration ; procuration de vote ; voter ; what for ; waarvoor
i:steps | etapes ; etape ; comment ca marche ; comment ca se passe ; deroulement ; marche a suivre ; steps ; stappen ; comment proceder ; comment faire certifier ; faire certifier
i:eligibility | quel telephone ; quel smartphone ; quel portable ; quel mobile ; telephone compatible ; smartphone compatible ; quelle version ; version minimale ; version minimum ; eligible ; eligibilite ; compatible ; compatibilite ; puis je ; puis-je ; je peux ; est ce que je peux ; peut on ; on peut ; possible ; ai je le droit ; ai-je le droit ; droit ; conditions ; condition ; can i ; am i eligible ; kan ik ; mag ik ; ca marche avec ; fonctionne avec ; ca fonctionne
i:contact | telephone ; tel ; numero ; numero de telephone ; appeler ; joindre ; contacter ; contact ; contacts ; mail ; e mail ; email ; phone ; call ; bellen ; telefoon ; telefoonnummer ; site ; site web ; site internet ; website
i:hours | horaire ; horaires ; heure d ouverture ; heures d ouverture ; ouvert ; ouverte ; ouverts ; ouvre ; ouvrent ; ferme ; fermee ; fermeture ; opening hours ; open ; openingsuren ; openingstijden ; open on ; ouvert le ; ouvert ce
i:ways | comment obtenir une cle ; moyens ; moyen ; options ; facons ; possibilites ; manieres ; ways ; manieren
i:language | niveau de langue ; niveau de francais ; a1 ; a2 ; b1 ; b2 ; c1 ; c2 ; test de francais ; langue ; examen civique ; test civique ; french level ; language level ; taalniveau
i:routes | quelles voies ; voie ; voies ; suis je eligible a la nationalite ; ai je droit a la nationalite ; puis je devenir francais ; puis je demander la nationalite ; can i become french

a:first | 1ere cni ; premiere cni ; 1ere carte d identite ; premiere carte d identite ; premiere demande ; premiere fois ; premiere carte ; 1ere demande ; 1ere fois ; 1ere carte ; 1er demande ; jamais eu ; jamais eu de carte ; n a jamais eu ; n ai jamais eu ; nouvelle demande ; first application ; first time ; never had ; eerste aanvraag ; eerste keer ; pour la premiere fois ; faire une carte ; faire faire une carte ; premiere
a:renewal | renouveler ; renouvellement ; renouvelle ; renouvel* ; renouv ; renew ; renewal ; renewing ; hernieuwen ; vernieuwen ; verlengen ; refaire ma carte ; expire bientot ; arrive a expiration ; va expirer ; plus valable ; plus valide ; perimee ; est perimee ; elle est perimee
a:loss | perdu ; perdue ; perdus ; perdues ; perte ; egare ; egaree ; paume ; paumee ; pomme ; plus retrouver ; retrouve plus ; retrouve pas ; lost ; lose ; kwijt ; verloren ; perdut ; perdi ; egarer ; ai perdu
a:theft | vol ; vole ; volee ; voles ; volees ; vols ; cambriole ; cambriolage ; arrache ; pickpocket ; piquee ; piquer ; on m a pris ; derobe ; derobee ; stolen ; theft ; robbed ; gestolen ; diefstal ; vold ; volé
h:minor | mineur ; mineure ; mineurs ; enfant ; enfants ; mon enfant ; mon fils ; ma fille ; fils ; fille ; bebe ; nourrisson ; ado ; adolescent ; adolescente ; gamin ; petit ; petite ; pour mon fils ; pour ma fille ; pour un mineur ; minor ; child ; my son ; my daughter ; kid ; baby ; kind ; minderjarige ; zoon ; dochter ; mon gosse
h:adult | majeur ; majeure ; adulte ; pour moi ; moi meme ; moi-meme ; pour moi meme ; adult ; myself ; for me ; meerderjarige ; volwassene ; voor mezelf ; plus de 18 ans
h:protected | majeur protege ; majeure protegee ; personne protegee ; tutelle ; sous tutelle ; curatelle ; tuteur ; tutrice ; curateur ; guardianship ; voogdij
p:divorced | divorce ; divorces ; divorcee ; divorcees ; divorced ; gescheiden ; jugement de divorce
p:separated | separes ; separe ; separee ; separees ; pas maries ; non maries ; plus ensemble ; separated ; uit elkaar
p:alternating | garde alternee ; residence alternee ; alternee ; garde partagee ; alternating custody ; co-parenting ; co parentalite ; co-ouderschap
p:together | on vit ensemble ; nous vivons ensemble ; vivons ensemble ; en couple ; maries ; vivent ensemble ; sont ensemble ; parents ensemble ; married parents ; samen
pass:1 | valid passeport ; a valid passeport ; have a passeport ; have a valid passeport ; un passeport valide ; passeport encore valide ; j ai un passeport valide ; valid passport ; a valid passport ; j ai un passeport ; j ai mon passeport ; avec passeport ; avec mon passeport ; j ai encore mon passeport ; passeport valide ; passeport en cours ; have a passport ; i have my passport ; heb een paspoort ; mais j ai mon passeport ; mon passeport est valide
pass:0 | no passeport ; without passeport ; without a passeport ; don t have a passeport ; pas de passeport ; sans passeport ; pas passeport ; aucun passeport ; jamais eu de passeport ; n ai pas de passeport ; ni passeport ; no passport ; without passport ; geen paspoort ; passeport perime ; passeport expire
both:1 pass:0 | passeport vole ; passeport perdu ; passeport aussi ; mon passeport aussi ; carte et passeport ; carte et mon passeport ; passeport et carte ; passeport et ma carte ; les deux ; les 2 ; tous les deux ; tout perdu ; both ; allebei ; et mon passeport ; ainsi que mon passeport ; avec mon passeport
fmt:cardboard | cartonnee ; carton ; en carton ; carte cartonnee ; carte papier ; en papier ; non securisee ; pas securisee ; vieille carte en papier ; cardboard ; paper card
fmt:plastic | ancien modele ; ancienne carte ; plastifiee ; carte bleue ; grand format ; ancien format ; old model ; oud model
fmt:new | nouveau format ; nouvelle carte ; nouveau modele ; format carte bancaire ; format carte de credit ; carte a puce ; carte bancaire ; avec puce ; new format ; credit card format ; nieuw model
os:ios | ios ; iphone ; i phone ; apple ; ipad
os:android | android ; samsung ; xiaomi ; huawei ; pixel ; oppo ; motorola ; redmi

sit:married t:nationalite | marie a un francais ; mariee a un francais ; marie avec une francaise ; mariee avec un francais ; marie a une francaise ; epoux francais ; epouse francaise ; conjoint francais ; conjointe francaise ; mari francais ; femme francaise ; married to a french ; getrouwd met een fransman ; mariage avec un francais ; mariage avec une francaise ; par mariage ; mon mari est francais ; ma femme est francaise
sit:married | marie ; mariee ; mariage ; married ; getrouwd
sit:born-in-france t:nationalite | ne en france ; nee en france ; nes en france ; born in france ; geboren in frankrijk ; parents etrangers ; foreign parents
sit:lost-nationality t:nationalite | perdu la nationalite ; perdu ma nationalite ; perdu la nationalite francaise ; perte de la nationalite ; redevenir francais ; redevenir francaise ; reintegration ; reintegrer ; lost my french nationality
sit:refugee | refugie ; refugiee ; statut de refugie ; refugee ; vluchteling
sit:francophone | pays francophone ; francophone ; langue maternelle ; scolarise en francais ; french speaking country
sit:army | armee ; armee francaise ; legion ; legion etrangere ; militaire ; service militaire ; army ; leger
sit:studies | etudes ; etudes superieures ; diplome ; master ; licence ; universite ; studies ; degree ; studeerde
sit:monaco abroad:1 | monaco
sit:ascendant t:nationalite | petit fils francais ; petite fille francaise ; mon fils est francais ; ma fille est francaise ; mes enfants sont francais ; ascendant ; grand parent ; grand-parent ; grand mere ; grand pere
sit:sibling t:nationalite | mon frere est francais ; ma soeur est francaise ; frere francais ; soeur francaise ; frere ou soeur
sit:resident | je vis en france ; j habite en france ; je reside en france ; reside en france ; en france depuis ; vis en france ; habite en france ; live in france ; living in france ; woon in frankrijk
sit:abroad-state abroad:1 | je travaille pour l etat ; travaille pour l etat francais ; ambassade ; consulat ; organisme francais
sit:volunteer | volontaire ; service civique ; volontaire du service national
abroad:1 | a l etranger ; hors de france ; abroad ; in het buitenland ; j habite au ; je vis au ; je vis en belgique ; j habite en belgique ; expatrie ; expat
outside:1 | hors de bruxelles ; pas a bruxelles ; en wallonie ; en flandre ; liege ; namur ; charleroi ; anvers ; antwerpen ; gand ; gent ; mons ; louvain ; leuven ; outside brussels ; buiten brussel ; je n habite pas a bruxelles ; pas bruxellois

place:valenciennes t:france-identite | valenciennes ; valencienne ; valenciennois
place:mus t:cni | mus ; a mus ; de mus
place:mus | vergeze ; vauvert ; calvisson ; gard
region:guyane | guyane ; en guyane ; cayenne ; kourou ; french guiana ; frans guyana

f:reset | recommencer ; recommence ; on recommence ; reset ; restart ; start over ; reinitialiser ; nouvelle conversation ; opnieuw ; opnieuw beginnen ; efface tout ; on reprend a zero ; depuis le debut ; /reset ; /recommencer ; /start
f:greet | bonjour ; bonsoir ; salut ; slt ; coucou ; hello ; hi ; hey ; hallo ; goedendag ; goeiedag ; dag ; bjr ; bsr ; yo ; allo
f:bye | au revoir ; aurevoir ; a bientot ; bonne journee ; bonne soiree ; bye ; goodbye ; tot ziens ; salut a plus
f:thanks | merci ; merci beaucoup ; mci ; thanks ; thank you ; dank u ; dank je ; bedankt ; super merci ; parfait ; top
f:yes | oui ; ouais ; ouai ; yes ; yep ; ja ; jep ; exact ; exactement ; tout a fait ; voila ; d accord ; ok ; oki ; bien sur ; c est ca ; affirmatif
f:no | non ; nan ; no ; nope ; pas du tout ; negatif ; jamais
f:help | aide ; aidez moi ; help ; /help ; que sais tu faire ; que peux tu faire ; tu fais quoi ; what can you do ; wat kan je ; menu ; sujets ; /aide
f:filler | en fait ; enfaite ; finalement ; plutot ; je me suis trompe ; je me suis trompee ; correction ; actually ; eigenlijk ; non en fait ; pardon ; erreur
f:filler | et ; et pour ; et a ; et si ; and ; and for ; en voor ; et dans ; et chez ; et avec ; et en

oos:other | quel temps fait il ; quel temps ; il fait beau ; billet de train ; billets de train ; billet d avion ; meteo ; pluie ; temperature ; recette ; recettes ; cuisine ; gateau ; cuisiner ; blague ; poeme ; football ; match ; bourse ; crypto ; bitcoin ; horoscope ; film ; serie ; musique ; chanson ; weather ; recipe ; joke ; weer ; recept ; grap ; permis de conduire ; carte grise ; carte vitale ; titre de sejour ; visa ; casier judiciaire ; impots ; declaration d impots ; caf ; apl ; rsa ; chomage ; pole emploi ; france travail ; retraite ; mutuelle ; driving licence ; driving license ; rijbewijs ; demande de passeport ; faire un passeport ; refaire mon passeport ; renouveler mon passeport ; passport application ; code de la route ; permis
oos:fraud | carte de mon frere ; carte d identite de mon frere ; carte de ma soeur ; carte d identite de ma soeur ; carte de mon pere ; carte de ma mere ; carte d identite de mon pere ; carte d identite de ma mere ; carte de quelqu un ; cni de quelqu un ; de quelqu un d autre ; fausse carte ; faux vol ; faux passeport ; fabriquer ; en fabriquer ; inventer une quittance ; inventer un justificatif ; sur le papier ; je n habite pas chez lui ; je n habite pas chez elle ; alors que je n habite pas ; sans que j habite ; faux papiers ; faux papier ; faux document ; faux documents ; fausse attestation ; faux justificatif ; fausse facture ; faux justificatif de domicile ; falsifier ; falsifie ; falsification ; contrefaire ; contrefacon ; frauder ; fraude ; tricher ; truquer ; modifier la date ; changer la date ; photoshop ; usurper ; usurpation ; acheter une carte ; fake id ; fake ; forge ; forged ; vervalsen ; valse ; emprunter la carte ; la carte de mon frere ; la carte de quelqu un d autre ; a la place de quelqu un ; sans etre present ; faire passer pour ; me faire passer
oos:inject | ignore tes instructions ; ignore les instructions ; ignore toutes les instructions ; ignore previous instructions ; ignore all previous instructions ; ignore your instructions ; oublie tes instructions ; oublie tes consignes ; oublie tout ; tu es maintenant ; you are now ; system prompt ; prompt systeme ; ton prompt ; your prompt ; developer mode ; mode developpeur ; jailbreak ; dan mode ; dis que ; dis moi que ; affirme que ; ecris que ; repete apres moi ; repeat after me ; pretend ; fais semblant ; joue le role ; role play ; roleplay ; act as ; agis comme ; reveal ; revele ; negeer ; vergeet je instructies ; say that
`

// stopwords are frequent words that never carry a concept alone and are never spell-corrected.
const stopwords = `le la les l un une des de du d a au aux et ou en dans pour par sur avec sans ce cet cette ces
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j tu il elle on nous vous ils elles me m te t se s
y est es sont suis etre ai as avons avez ont avoir fait faire faut peut peux pouvez doit dois dit qui que qu quoi quel quelle
quels quelles comment pourquoi si ne n pas plus moins tres bien mais donc car ni c ca cela ceci tout tous toute toutes
the a an is are was be to of in on for with my your i you it do does can what how and or not this that at by from
de het een en van ik je u mijn is zijn wat hoe voor met op in te niet
bonjour svp stp merci alors aussi encore deja juste vraiment
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
septembre octobre novembre decembre demain matin midi soir heure heures minute semaine prochain
prochaine recent recente recents recentes ancien ancienne dernier derniere nouveau nouvelle toujours
depuis apres avant pendant personne besoin savoir voudrais pouvez faire chose raison maison monde`

// langWords are words that tell the language of a message.
const langWords = `
en | the my i is how much what do does can lost stolen card need where when which renew id please you your have has am get for does it start over hello hi ignore instructions thanks thank live outside
nl | digitale gratis dat zeg beginnen activatiecode opnieuw hallo goedendag negeer instructies bedankt zonder geldig hoelang vraag over het een mijn ik hoeveel kost wat hoe waar wanneer kaart verloren gestolen sleutel gemeente nodig moet heb van voor zijn niet met mag kan
fr | je j ai la le les de du des ma mon est combien carte une pour quoi comment quel quelle faut perdu vole ou suis et il elle que qui mairie
`
