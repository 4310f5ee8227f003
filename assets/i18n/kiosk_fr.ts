<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminArea</name>
    <message>
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <source>Social export</source>
        <translation>Export social</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Email paused until {time}: {reason}</source>
        <translation>E-mail en pause jusqu&apos;à {time}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Text messages paused until {time}: {reason}</source>
        <translation>SMS en pause jusqu&apos;à {time}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Photos wait in the outbox; fix the setting, then use Delivery &gt; Test connection.</source>
        <translation>Les photos attendent dans la file d&apos;envoi&#xa0;; corrigez le réglage, puis utilisez Envoi &gt; Tester la connexion.</translation>
    </message>
    <message>
        <source>The camera is not delivering pictures; the kiosk keeps trying to reconnect. Check the cable, or choose another camera in Settings.</source>
        <translation>La caméra n&apos;envoie pas d&apos;images&#xa0;; le kiosque continue d&apos;essayer de s&apos;y reconnecter. Vérifiez le câble, ou choisissez une autre caméra dans Réglages.</translation>
    </message>
    <message>
        <source>The settings profile head office sent was ignored ({reason}). The kiosk keeps its last good settings; tell head office.</source>
        <translation>Le profil de réglages envoyé par le siège a été ignoré ({reason}). La borne garde ses derniers réglages valides ; prévenez le siège.</translation>
    </message>
    <message>
        <source>Only {gib} GiB left for photos and records. Free some space on the kiosk&apos;s disk.</source>
        <translation>Il ne reste que {gib} Gio pour les photos et les fiches. Libérez de l&apos;espace sur le disque du kiosque.</translation>
    </message>
</context>
<context>
    <name>AdminProblems</name>
    <message>
        <source>That did not work ({error}). Nothing was shown to the visitor; try again.</source>
        <translation>Cela n&apos;a pas fonctionné ({error}). Rien n&apos;a été montré au visiteur ; réessayez.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>The photo booth is resting</source>
        <translation>Le photomaton fait une pause</translation>
    </message>
    <message>
        <source>Please come back in a few minutes.</source>
        <translation>Revenez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Take your photo with us</source>
        <translation>Prenez votre photo avec nous</translation>
    </message>
    <message>
        <source>It&apos;s free, and we&apos;ll send it straight to your phone.</source>
        <translation>C&apos;est gratuit, et nous l&apos;envoyons directement sur votre téléphone.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>Sorry, the camera stopped working. Nothing you gave us was kept.</source>
        <translation>Désolés, la caméra s&apos;est arrêtée. Rien de ce que vous nous avez donné n&apos;a été gardé.</translation>
    </message>
    <message>
        <source>For adults 18 and over. Privacy questions: {contact}</source>
        <translation>Réservé aux adultes de 18 ans et plus. Questions sur vos données : {contact}</translation>
    </message>
    <message>
        <source>Easy reach</source>
        <translation>Accès facile</translation>
    </message>
    <message>
        <source>Easy reach: bring every button into the lower part of the screen</source>
        <translation>Accès facile : tous les boutons dans le bas de l&apos;écran</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Langue : {name}</translation>
    </message>
    <message>
        <source>Email paused</source>
        <translation>E-mail en pause</translation>
    </message>
    <message>
        <source>Text messages paused</source>
        <translation>SMS en pause</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>Caméra indisponible</translation>
    </message>
    <message>
        <source>Disk almost full</source>
        <translation>Disque presque plein</translation>
    </message>
    <message>
        <source>Head office settings ignored</source>
        <translation>Réglages du siège ignorés</translation>
    </message>
    <message>
        <source>{notes} (staff: see the admin area)</source>
        <translation>{notes} (équipe&#xa0;: voir l&apos;administration)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Every admin and privacy action, newest first (the last {limit}). Verify checks that no entry was removed or changed.</source>
        <translation>Toutes les actions d&apos;administration et de confidentialité, les plus récentes en premier (les {limit} dernières). Vérifier contrôle qu&apos;aucune entrée n&apos;a été supprimée ni modifiée.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>OK: the audit log is intact ({n} entries, chain head {head}).</source>
        <translation>OK : le journal d&apos;audit est intact ({n} entrées, tête de chaîne {head}).</translation>
    </message>
    <message>
        <source>BROKEN: the audit log has been tampered with: {problem}. Tell head office; do not delete anything.</source>
        <translation>ALTÉRÉ : le journal d&apos;audit a été modifié : {problem}. Prévenez le siège ; ne supprimez rien.</translation>
    </message>
</context>
<context>
    <name>CameraScreen</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take my photo</source>
        <translation>Prendre ma photo</translation>
    </message>
    <message>
        <source>Look at the camera and press the button when you&apos;re ready.</source>
        <translation>Regardez la caméra et appuyez sur le bouton quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. This is your last try.</source>
        <translation>On recommence. C&apos;est votre dernier essai.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. After this one, you can retake it once more.</source>
        <translation>On recommence. Après celle-ci, vous pourrez la reprendre encore une fois.</translation>
    </message>
    <message>
        <source>Let&apos;s try again. After this one, you can retake it {left} more times.</source>
        <translation>On recommence. Après celle-ci, vous pourrez la reprendre encore {left} fois.</translation>
    </message>
    <message>
        <source>The camera is reconnecting. One moment, please.</source>
        <translation>La caméra se reconnecte. Un instant, s&apos;il vous plaît.</translation>
    </message>
</context>
<context>
    <name>CameraTab</name>
    <message>
        <source>Live camera preview</source>
        <translation>Aperçu en direct de la caméra</translation>
    </message>
    <message>
        <source>Tap a camera to try it here, live.</source>
        <translation>Touchez une caméra pour l&apos;essayer ici, en direct.</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep this camera</source>
        <translation>Garder cette caméra</translation>
    </message>
    <message>
        <source>Granted: {width}×{height} at {fps} fps ({backend}, {fourcc})</source>
        <translation>Obtenu : {width}×{height} à {fps} i/s ({backend}, {fourcc})</translation>
    </message>
    <message>
        <source>format not reported</source>
        <translation>format non indiqué</translation>
    </message>
    <message>
        <source>No other camera was found. Is it plugged in?</source>
        <translation>Aucune autre caméra trouvée. Est-elle bien branchée ?</translation>
    </message>
    <message>
        <source>Could not look for cameras ({error}).</source>
        <translation>Impossible de chercher les caméras ({error}).</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Ouverture de la caméra…</translation>
    </message>
    <message>
        <source>On trial: keep it, or tap Undo. Locking goes back to the camera in use.</source>
        <translation>À l&apos;essai : gardez-la, ou touchez Annuler. Le verrouillage revient à la caméra utilisée.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <source>Saved. The kiosk uses this camera from now on.</source>
        <translation>Enregistré. Le kiosque utilise désormais cette caméra.</translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Asks each provider whether it accepts the kiosk&apos;s keys. Sends nothing.</source>
        <translation>Demande à chaque fournisseur s&apos;il accepte les clés du kiosque. N&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Send a test card to yourself:</source>
        <translation>Envoyez-vous une carte de test :</translation>
    </message>
    <message>
        <source>Your email address for the test</source>
        <translation>Votre adresse e-mail pour le test</translation>
    </message>
    <message>
        <source>Your mobile phone number for the test</source>
        <translation>Votre numéro de mobile pour le test</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer le test</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Dry run: messages are written to the data folder and nothing leaves the kiosk. Switch delivery mode to live in Settings to send for real.</source>
        <translation>Simulation : les messages sont écrits dans le dossier de données et rien ne sort du kiosque. Passez le mode d&apos;envoi à live dans Réglages pour envoyer réellement.</translation>
    </message>
    <message>
        <source>email through SendGrid</source>
        <translation>e-mails par SendGrid</translation>
    </message>
    <message>
        <source>text messages through Twilio</source>
        <translation>SMS par Twilio</translation>
    </message>
    <message>
        <source>no channel switched on</source>
        <translation>aucun canal activé</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} et {then}</translation>
    </message>
    <message>
        <source>Live: {channels}. The tests use the settings as last saved.</source>
        <translation>Envoi réel : {channels}. Les tests utilisent les derniers réglages enregistrés.</translation>
    </message>
    <message>
        <source>Asking the providers…</source>
        <translation>Interrogation des fournisseurs…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The test could not run ({error}).</source>
        <translation>Le test n&apos;a pas pu être lancé ({error}).</translation>
    </message>
    <message>
        <source>{part}: works</source>
        <translation>{part} : fonctionne</translation>
    </message>
    <message>
        <source>{part}: problem</source>
        <translation>{part} : problème</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>Where should we send your photo?</source>
        <translation>Où devons-nous envoyer votre photo ?</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send it by (choose one or both)</source>
        <translation>L&apos;envoyer par (un choix ou les deux)</translation>
    </message>
    <message>
        <source>No contact details? Show me a QR code instead</source>
        <translation>Sans coordonnées ? Affichez-moi plutôt un QR code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de mobile</translation>
    </message>
    <message>
        <source>Mobile number (pick the country, or start with +)</source>
        <translation>Numéro de mobile (choisissez le pays, ou commencez par +)</translation>
    </message>
    <message>
        <source>Country of the mobile number: {country}</source>
        <translation>Pays du numéro de mobile : {country}</translation>
    </message>
    <message>
        <source>Allow publishing on social media (optional)</source>
        <translation>Autoriser la publication sur les réseaux sociaux (facultatif)</translation>
    </message>
    <message>
        <source>Send my photo</source>
        <translation>Envoyer ma photo</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Tout recommencer ?</translation>
    </message>
    <message>
        <source>Your photo and the details you typed will be deleted.</source>
        <translation>Votre photo et les informations saisies seront effacées.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Oui, tout recommencer</translation>
    </message>
    <message>
        <source>To send, please enter your name.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom.</translation>
    </message>
    <message>
        <source>To send, please enter your email address.</source>
        <translation>Pour l&apos;envoi, saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To send, please enter your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your email address.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom et votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To send, please enter your name and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom et votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your email address and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre adresse e-mail et votre numéro de mobile.</translation>
    </message>
    <message>
        <source>To send, please enter your name, your email address and your mobile number.</source>
        <translation>Pour l&apos;envoi, saisissez votre nom, votre adresse e-mail et votre numéro de mobile.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your photo is on its way by email.</source>
        <translation>Votre photo est en route par e-mail.</translation>
    </message>
    <message>
        <source>Your photo is on its way by text message.</source>
        <translation>Votre photo est en route par SMS.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by email: the address may be wrong. A member of staff can help.</source>
        <translation>Nous n&apos;avons pas pu l&apos;envoyer par e-mail : l&apos;adresse est peut-être erronée. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it by text message: the number may be wrong. A member of staff can help.</source>
        <translation>Nous n&apos;avons pas pu l&apos;envoyer par SMS : le numéro est peut-être erroné. Un membre du personnel peut vous aider.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by email as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>Nous avons enregistré votre photo et l&apos;enverrons par e-mail dès que notre connexion sera rétablie. Inutile d&apos;attendre.</translation>
    </message>
    <message>
        <source>We&apos;ve saved your photo and will send it by text message as soon as our connection is back. You don&apos;t need to wait.</source>
        <translation>Nous avons enregistré votre photo et l&apos;enverrons par SMS dès que notre connexion sera rétablie. Inutile d&apos;attendre.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to save your photo. The link works for {days} days. We have kept no name, email or number.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone pour enregistrer votre photo. Le lien fonctionne pendant {days} jours. Nous n&apos;avons gardé ni nom, ni e-mail, ni numéro.</translation>
    </message>
    <message>
        <source>Thank you, {name}!</source>
        <translation>Merci, {name} !</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>To get a copy of your data, correct or delete it, or to withdraw a permission, contact {contact}.</source>
        <translation>Pour obtenir une copie de vos données, les corriger ou les supprimer, ou pour retirer une autorisation, contactez {contact}.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
</context>
<context>
    <name>DriveChoice</name>
    <message>
        <source>The kiosk&apos;s exports folder</source>
        <translation>Le dossier d&apos;export du kiosque</translation>
    </message>
    <message>
        <source>Drive: {drive}</source>
        <translation>Lecteur : {drive}</translation>
    </message>
    <message>
        <source>{n} removable drive(s) found</source>
        <translation>{n} lecteur(s) amovible(s) trouvé(s)</translation>
    </message>
    <message>
        <source>No removable drive found</source>
        <translation>Aucun lecteur amovible trouvé</translation>
    </message>
</context>
<context>
    <name>FramePreview</name>
    <message>
        <source>The branding frame on a live photo</source>
        <translation>Le cadre sur une photo en direct</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The camera has no picture yet. Check the Camera tab, then try again.</source>
        <translation>La caméra n&apos;a pas encore d&apos;image. Vérifiez l&apos;onglet Caméra, puis réessayez.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Visitors&apos; photos get this frame once the setting is saved.</source>
        <translation>Les photos des visiteurs auront ce cadre une fois le réglage enregistré.</translation>
    </message>
    <message>
        <source>The frame cannot be shown: {reason}</source>
        <translation>Impossible d&apos;afficher le cadre : {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>{width}×{height} at {fps} fps ({backend}, {fourcc})</source>
        <translation>{width}×{height} à {fps} i/s ({backend}, {fourcc})</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera granted</source>
        <translation>Mode obtenu</translation>
    </message>
    <message>
        <source>Last camera problem</source>
        <translation>Dernier problème de caméra</translation>
    </message>
    <message>
        <source>Disk space (data folder)</source>
        <translation>Espace disque (dossier de données)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <source>Paused channels</source>
        <translation>Canaux en pause</translation>
    </message>
    <message>
        <source>Last retention sweep</source>
        <translation>Dernière purge de conservation</translation>
    </message>
    <message>
        <source>Head office sync</source>
        <translation>Synchro avec le siège</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>UNAVAILABLE (reconnecting)</source>
        <translation>INDISPONIBLE (reconnexion)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>pas encore ouverte</translation>
    </message>
    <message>
        <source>none since start</source>
        <translation>aucun depuis le démarrage</translation>
    </message>
    <message>
        <source>{channel} until {time} ({reason})</source>
        <translation>{channel} jusqu&apos;à {time} ({reason})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{free} GiB free of {total} GiB</source>
        <translation>{free} Gio libres sur {total} Gio</translation>
    </message>
    <message>
        <source>LOW: free some space</source>
        <translation>FAIBLE : libérez de l&apos;espace</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} en attente</translation>
    </message>
    <message>
        <source>{n} {state}</source>
        <translation>{state} : {n}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>could not check: {error}</source>
        <translation>vérification impossible : {error}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please tell us your name.</source>
        <translation>Indiquez-nous votre nom.</translation>
    </message>
    <message>
        <source>That&apos;s too long: at most {0} characters.</source>
        <translation>C&apos;est trop long : {0} caractères au plus.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in a name.</source>
        <translation>Ce nom contient des caractères refusés.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Un nom doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>Please enter your email address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in an address.</source>
        <translation>Cette adresse contient des caractères refusés.</translation>
    </message>
    <message>
        <source>Please add the @, like name@example.com.</source>
        <translation>Ajoutez le @, comme nom@example.com.</translation>
    </message>
    <message>
        <source>An email address has only one @.</source>
        <translation>Une adresse e-mail ne contient qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>Please check the part before the @.</source>
        <translation>Vérifiez la partie avant le @.</translation>
    </message>
    <message>
        <source>Check the part after the @, like example.com.</source>
        <translation>Vérifiez la partie après le @, comme exemple.fr.</translation>
    </message>
    <message>
        <source>Use Latin letters before the @, or send a text.</source>
        <translation>Lettres latines avant le @, ou envoyez un SMS.</translation>
    </message>
    <message>
        <source>Some characters can&apos;t be used in a number.</source>
        <translation>Ce numéro contient des caractères refusés.</translation>
    </message>
    <message>
        <source>Please use digits, and + for the country code.</source>
        <translation>Utilisez des chiffres, et + pour l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>That number has too few or too many digits.</source>
        <translation>Ce numéro a trop peu ou trop de chiffres.</translation>
    </message>
    <message>
        <source>Please check the country and the digits.</source>
        <translation>Vérifiez le pays et les chiffres.</translation>
    </message>
    <message>
        <source>Please use a mobile number, not a landline.</source>
        <translation>Indiquez un numéro de mobile, pas un fixe.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look right. Please check it.</source>
        <translation>Cela ne semble pas correct. Vérifiez, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>An email address needs an @, like name@example.com.</source>
        <translation>Une adresse e-mail contient un @, comme nom@example.com.</translation>
    </message>
    <message>
        <source>Please enter your mobile number.</source>
        <translation>Saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a phone number. Use digits, and + for the country code.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Utilisez des chiffres, et + pour l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>That phone number has too few or too many digits.</source>
        <translation>Ce numéro a trop peu ou trop de chiffres.</translation>
    </message>
    <message>
        <source>That phone number isn&apos;t valid. Check the country code and the digits.</source>
        <translation>Ce numéro n&apos;est pas valide. Vérifiez l&apos;indicatif du pays et les chiffres.</translation>
    </message>
    <message>
        <source>Please use a mobile number: landlines can&apos;t receive photos.</source>
        <translation>Utilisez un numéro de mobile : les lignes fixes ne peuvent pas recevoir de photos.</translation>
    </message>
    <message>
        <source>Choose how we should send your photo: email, text message, or both.</source>
        <translation>Choisissez comment envoyer votre photo : e-mail, SMS, ou les deux.</translation>
    </message>
    <message>
        <source>Sorry, that photo didn&apos;t work. Let&apos;s try again.</source>
        <translation>Désolés, cette photo n&apos;a pas fonctionné. Essayons encore.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. Please try again or ask a member of staff.</source>
        <translation>Un problème est survenu pendant l&apos;enregistrement. Réessayez ou demandez à un membre du personnel.</translation>
    </message>
    <message>
        <source>That name is too long (at most {0} characters).</source>
        <translation>Ce nom est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That email address is too long (at most {0} characters).</source>
        <translation>Cette adresse e-mail est trop longue ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That phone number is too long (at most {0} characters).</source>
        <translation>Ce numéro est trop long ({0} caractères au plus).</translation>
    </message>
    <message>
        <source>That name contains characters we can&apos;t use. Please retype it.</source>
        <translation>Ce nom contient des caractères que nous ne pouvons pas utiliser. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That email address contains characters we can&apos;t use. Please retype it.</source>
        <translation>Cette adresse e-mail contient des caractères que nous ne pouvons pas utiliser. Saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>That phone number contains characters we can&apos;t use. Please retype it.</source>
        <translation>Ce numéro contient des caractères que nous ne pouvons pas utiliser. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That email address doesn&apos;t look right. Please check it, like name@example.com.</source>
        <translation>Cette adresse e-mail semble incorrecte. Vérifiez-la, sur le modèle nom@example.com.</translation>
    </message>
    <message>
        <source>We couldn&apos;t save your photo. Please ask a member of staff.</source>
        <translation>Nous n&apos;avons pas pu enregistrer votre photo. Demandez à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
    <message>
        <source>More accented letters</source>
        <translation>Autres lettres accentuées</translation>
    </message>
    <message>
        <source>Vietnamese letters</source>
        <translation>Lettres vietnamiennes</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Fermer le clavier</translation>
    </message>
    <message>
        <source>Grave accent</source>
        <translation>Accent grave</translation>
    </message>
    <message>
        <source>Acute accent</source>
        <translation>Accent aigu</translation>
    </message>
    <message>
        <source>Hook above</source>
        <translation>Crochet en chef</translation>
    </message>
    <message>
        <source>Tilde</source>
        <translation>Tilde</translation>
    </message>
    <message>
        <source>Dot below</source>
        <translation>Point souscrit</translation>
    </message>
    <message>
        <source>Hebrew letters</source>
        <translation>Lettres hébraïques</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>Lettres arabes</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>Lettres cyrilliques</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>Lettres grecques</translation>
    </message>
    <message>
        <source>Plain letters</source>
        <translation>Lettres simples</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>Lettres latines</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OutOfOrderWindow</name>
    <message>
        <source>The photo booth is closed for a moment</source>
        <translation>Le photomaton est fermé pour un moment</translation>
    </message>
    <message>
        <source>Sorry! Please come back a little later.</source>
        <translation>Désolés ! Revenez un peu plus tard.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>failed (will not be retried by itself)</source>
        <translation>échec (pas de nouvel essai automatique)</translation>
    </message>
    <message>
        <source>dead letter (too old to send)</source>
        <translation>expiré (trop ancien pour être envoyé)</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en attente d&apos;un nouvel essai</translation>
    </message>
    <message>
        <source>held: the person is restricted</source>
        <translation>retenu : la personne est restreinte</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Deliveries that are not on their way. Retry sends one again; Drop gives up on it (the photo stays in the records until the retention rules remove it).</source>
        <translation>Envois qui ne sont pas partis. Réessayer le renvoie ; Abandonner y renonce (la photo reste dans les fiches jusqu&apos;à ce que les règles de conservation la suppriment).</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry {id}</source>
        <translation>Réessayer {id}</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Drop {id}</source>
        <translation>Abandonner {id}</translation>
    </message>
    <message>
        <source>Paused channels: {list}</source>
        <translation>Canaux en pause : {list}</translation>
    </message>
    <message>
        <source>{channel} until {time} ({reason})</source>
        <translation>{channel} jusqu&apos;à {time} ({reason})</translation>
    </message>
    <message>
        <source>No channel is paused.</source>
        <translation>Aucun canal n&apos;est en pause.</translation>
    </message>
    <message>
        <source>Nothing waiting: every delivery is sent or on its way.</source>
        <translation>Rien en attente : tous les envois sont partis ou en cours.</translation>
    </message>
    <message>
        <source>Delivery {id} queued again.</source>
        <translation>Envoi {id} remis en file.</translation>
    </message>
    <message>
        <source>Delivery {id} dropped.</source>
        <translation>Envoi {id} abandonné.</translation>
    </message>
    <message>
        <source>Delivery {id} could not be queued again (it changed meanwhile).</source>
        <translation>L&apos;envoi {id} n&apos;a pas pu être remis en file (il a changé entre-temps).</translation>
    </message>
    <message>
        <source>Delivery {id} could not be dropped (it changed meanwhile).</source>
        <translation>L&apos;envoi {id} n&apos;a pas pu être abandonné (il a changé entre-temps).</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>delivery</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>publish social</source>
        <translation>publication sur les réseaux</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>Person {id}: {n} visit(s)</source>
        <translation>Personne {id} : {n} visite(s)</translation>
    </message>
    <message>
        <source>RESTRICTED since {date}</source>
        <translation>RESTREINT depuis le {date}</translation>
    </message>
    <message>
        <source>LEGAL HOLD since {date} ({reason})</source>
        <translation>GEL JURIDIQUE depuis le {date} ({reason})</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>loading photo…</source>
        <translation>chargement de la photo…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>{when} UTC  ·  store {store}, kiosk {kiosk}</source>
        <translation>{when} UTC  ·  magasin {store}, kiosque {kiosk}</translation>
    </message>
    <message>
        <source>Personal data removed on {date} (retention).</source>
        <translation>Données personnelles supprimées le {date} (conservation).</translation>
    </message>
    <message>
        <source>Name: {name}   Email: {email}   Phone: {phone}</source>
        <translation>Nom : {name}   E-mail : {email}   Téléphone : {phone}</translation>
    </message>
    <message>
        <source>{purpose}: {state}  (notice {id} v{version}, {language})</source>
        <translation>{purpose} : {state}  (notice {id} v{version}, {language})</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Consentements :</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Deliveries: {list}</source>
        <translation>Envois : {list}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>withdrawn {date} ({channel})</source>
        <translation>retiré le {date} ({channel})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>not given (box left unticked)</source>
        <translation>non donné (case non cochée)</translation>
    </message>
    <message>
        <source>photo unreadable</source>
        <translation>photo illisible</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation>Chiffre {digit}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{n} digits typed</source>
        <translation>{n} chiffre(s) saisi(s)</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The admin area is closed</source>
        <translation>L&apos;administration est fermée</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de l&apos;équipe</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <source>Setup: type the setup code given when the kiosk was installed</source>
        <translation>Mise en service&#xa0;: saisissez le code de mise en service remis à l&apos;installation du kiosque</translation>
    </message>
    <message>
        <source>Setup: choose the staff PIN (4 to 8 digits)</source>
        <translation>Mise en service&#xa0;: choisissez le PIN de l&apos;équipe (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Type the staff PIN again</source>
        <translation>Saisissez à nouveau le PIN de l&apos;équipe</translation>
    </message>
    <message>
        <source>Now choose the manager PIN (different from the staff PIN)</source>
        <translation>Choisissez maintenant le PIN du responsable (différent de celui de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Type the manager PIN again</source>
        <translation>Saisissez à nouveau le PIN du responsable</translation>
    </message>
    <message>
        <source>Type your current staff PIN</source>
        <translation>Saisissez le PIN actuel de l&apos;équipe</translation>
    </message>
    <message>
        <source>Reset the staff PIN: type your manager PIN</source>
        <translation>Réinitialiser le PIN de l&apos;équipe&#xa0;: saisissez votre PIN de responsable</translation>
    </message>
    <message>
        <source>Change the manager PIN: type your manager PIN</source>
        <translation>Changer le PIN du responsable&#xa0;: saisissez votre PIN de responsable</translation>
    </message>
    <message>
        <source>Choose the new staff PIN (4 to 8 digits)</source>
        <translation>Choisissez le nouveau PIN de l&apos;équipe (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Choose the new manager PIN (4 to 8 digits)</source>
        <translation>Choisissez le nouveau PIN du responsable (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Type the new staff PIN again</source>
        <translation>Saisissez à nouveau le nouveau PIN de l&apos;équipe</translation>
    </message>
    <message>
        <source>Type the new manager PIN again</source>
        <translation>Saisissez à nouveau le nouveau PIN du responsable</translation>
    </message>
    <message>
        <source>To provision it, run “photobooth-kiosk pins setup-code” on the kiosk and type the code it prints here.</source>
        <translation>Pour le remettre en service, lancez «&#xa0;photobooth-kiosk pins setup-code&#xa0;» sur le kiosque et saisissez ici le code affiché.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PINs have not been set up yet.</source>
        <translation>Les PIN de ce kiosque n&apos;ont pas encore été définis.</translation>
    </message>
    <message>
        <source>The PIN record is missing from the kiosk&apos;s data folder.</source>
        <translation>Le fichier des PIN est absent du dossier de données du kiosque.</translation>
    </message>
    <message>
        <source>The PIN record was changed or replaced outside the kiosk, or comes from an older version.</source>
        <translation>Le fichier des PIN a été modifié ou remplacé hors du kiosque, ou provient d&apos;une version plus ancienne.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>That PIN repeats itself (like 1111 or 1212): choose another.</source>
        <translation>Ce PIN se répète (comme 1111 ou 1212)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That PIN is a run of digits (like 1234 or 4321): choose another.</source>
        <translation>Ce PIN est une suite de chiffres (comme 1234 ou 4321)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That PIN is a pattern on the keypad (like 2580 or 1379): choose another.</source>
        <translation>Ce PIN dessine une figure sur le clavier (comme 2580 ou 1379)&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That PIN is one of the most common PINs: choose another.</source>
        <translation>Ce PIN fait partie des plus courants&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The staff and manager PINs must be different.</source>
        <translation>Les PIN de l&apos;équipe et du responsable doivent être différents.</translation>
    </message>
    <message>
        <source>The PIN record could not be read: {reason}</source>
        <translation>Le fichier des PIN n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>That is not the setup code.</source>
        <translation>Ce n&apos;est pas le code de mise en service.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please start again.</source>
        <translation>Les deux PIN ne sont pas identiques. Recommencez, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>Le PIN de l&apos;équipe a été changé.</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>Le PIN du responsable a été changé.</translation>
    </message>
    <message>
        <source>The staff PIN was reset.</source>
        <translation>Le PIN de l&apos;équipe a été réinitialisé.</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left before the pad locks.</source>
        <translation>PIN incorrect. Encore {n} essai(s) avant le blocage du clavier.</translation>
    </message>
    <message>
        <source>Wrong PIN. The pad is locked for {seconds} s.</source>
        <translation>PIN incorrect. Le clavier est bloqué pendant {seconds} s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de PIN incorrects. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>The PIN could not be saved or checked.</source>
        <translation>Le PIN n&apos;a pas pu être enregistré ou vérifié.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Camera unavailable — we&apos;re reconnecting…</source>
        <translation>Caméra indisponible — reconnexion en cours…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Please wait a moment.</source>
        <translation>Cela prend généralement quelques secondes. Merci de patienter.</translation>
    </message>
</context>
<context>
    <name>RecordsSearch</name>
    <message>
        <source>Find a person by the email address or mobile number they gave at the kiosk.</source>
        <translation>Retrouvez une personne par l&apos;adresse e-mail ou le numéro de mobile donné au kiosque.</translation>
    </message>
    <message>
        <source>Email or phone, e.g. ada@example.com or +1 415 555 0100</source>
        <translation>E-mail ou téléphone, p. ex. ada@example.com ou +1 415 555 0100</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>E-mail ou téléphone</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Type an email address or phone number first.</source>
        <translation>Saisissez d&apos;abord une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nobody found with that email or phone.</source>
        <translation>Personne n&apos;a été trouvé avec cet e-mail ou ce téléphone.</translation>
    </message>
    <message>
        <source>{n} people gave this. Choose one (each is a separate person in the records):</source>
        <translation>{n} personnes ont donné cette coordonnée. Choisissez-en une (chacune est une personne distincte dans les fiches) :</translation>
    </message>
    <message>
        <source>Person {id}: {n} visit(s), first on {first}</source>
        <translation>Personne {id} : {n} visite(s), la première le {first}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Do you like it?</source>
        <translation>Elle vous plaît ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Garder cette photo</translation>
    </message>
    <message>
        <source>Retake ({left} left)</source>
        <translation>Reprendre (encore {left})</translation>
    </message>
    <message>
        <source>No retakes left</source>
        <translation>Plus de nouvelle prise</translation>
    </message>
</context>
<context>
    <name>RightsActions</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>A zip of everything held about the person, for them to keep.</source>
        <translation>Un zip de tout ce qui est conservé sur la personne, à lui remettre.</translation>
    </message>
    <message>
        <source>Correct their details</source>
        <translation>Corriger ses coordonnées</translation>
    </message>
    <message>
        <source>Fill only what changes; empty fields stay as they are.</source>
        <translation>Ne remplissez que ce qui change ; les champs vides restent inchangés.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Stop the social team using their photos; they get a take-down notice.</source>
        <translation>L&apos;équipe réseaux sociaux cesse d&apos;utiliser ses photos ; elle reçoit un avis de retrait.</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Restreindre</translation>
    </message>
    <message>
        <source>Nothing of theirs is sent, published or synced until you lift it.</source>
        <translation>Rien la concernant n&apos;est envoyé, publié ni synchronisé tant que vous ne levez pas la restriction.</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Gel juridique</translation>
    </message>
    <message>
        <source>Nothing of theirs is deleted (not even by erasure) until released.</source>
        <translation>Rien la concernant n&apos;est supprimé (même par effacement) avant la levée du gel.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Removes every visit, photo, consent record and delivery of this person, and every copy. It cannot be undone. Type {word} to confirm.</source>
        <translation>Supprime chaque visite, photo, consentement et envoi de cette personne, ainsi que toutes les copies. C&apos;est irréversible. Tapez {word} pour confirmer.</translation>
    </message>
    <message>
        <source>Folder for the zip</source>
        <translation>Dossier pour le zip</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Lecteurs amovibles</translation>
    </message>
    <message>
        <source>Correct name</source>
        <translation>Nom corrigé</translation>
    </message>
    <message>
        <source>Correct email</source>
        <translation>E-mail corrigé</translation>
    </message>
    <message>
        <source>Correct phone</source>
        <translation>Téléphone corrigé</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Valider les corrections</translation>
    </message>
    <message>
        <source>Case reference (no personal data)</source>
        <translation>Référence du dossier (aucune donnée personnelle)</translation>
    </message>
    <message>
        <source>Legal hold reason</source>
        <translation>Motif du gel juridique</translation>
    </message>
    <message>
        <source>Type {word}</source>
        <translation>Tapez {word}</translation>
    </message>
    <message>
        <source>Erase confirmation</source>
        <translation>Confirmation de l&apos;effacement</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Place legal hold</source>
        <translation>Placer un gel juridique</translation>
    </message>
    <message>
        <source>Withdraw publish consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Lever la restriction</translation>
    </message>
    <message>
        <source>Release the legal hold</source>
        <translation>Lever le gel juridique</translation>
    </message>
    <message>
        <source>No active publish consent</source>
        <translation>Aucun consentement actif</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Exported with {n} photo(s) to {path}</source>
        <translation>Exporté avec {n} photo(s) vers {path}</translation>
    </message>
    <message>
        <source>Fill in at least one corrected detail first.</source>
        <translation>Remplissez d&apos;abord au moins une coordonnée corrigée.</translation>
    </message>
    <message>
        <source>Corrected on {n} visit(s).</source>
        <translation>Corrigé sur {n} visite(s).</translation>
    </message>
    <message>
        <source>Publish consent withdrawn on {n} visit(s); the next social export lists their photos for take-down.</source>
        <translation>Consentement de publication retiré sur {n} visite(s) ; le prochain export social listera ses photos à retirer.</translation>
    </message>
    <message>
        <source>There was no active publish consent; nothing changed.</source>
        <translation>Aucun consentement de publication actif ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Restriction lifted; {n} delivery(ies) back in the queue.</source>
        <translation>Restriction levée ; {n} envoi(s) remis en file.</translation>
    </message>
    <message>
        <source>Restricted: nothing is sent, published or synced; {n} delivery(ies) held.</source>
        <translation>Restreint : rien n&apos;est envoyé, publié ni synchronisé ; {n} envoi(s) retenu(s).</translation>
    </message>
    <message>
        <source>The store&apos;s legal hold is released. Head office still holds this person ({reasons}); only head office can release that.</source>
        <translation>Le gel juridique du magasin est levé. Le siège maintient encore un gel sur cette personne ({reasons}) ; seul le siège peut le lever.</translation>
    </message>
    <message>
        <source>Legal hold released.</source>
        <translation>Gel juridique levé.</translation>
    </message>
    <message>
        <source>Legal hold placed: nothing of theirs will be deleted until released.</source>
        <translation>Gel juridique placé : rien la concernant ne sera supprimé avant sa levée.</translation>
    </message>
    <message>
        <source>Erased: {visits} visit(s), {photos} photo(s), {deliveries} delivery record(s), {copies} copy file(s).</source>
        <translation>Effacé : {visits} visite(s), {photos} photo(s), {deliveries} envoi(s), {copies} fichier(s) de copie.</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending your photo…</source>
        <translation>Envoi de votre photo…</translation>
    </message>
    <message>
        <source>This only takes a moment.</source>
        <translation>Cela ne prend qu&apos;un instant.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Undo changes</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Restart to apply</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview the branding frame on a live photo</source>
        <translation>Voir le cadre sur une photo en direct</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the saved {title}</source>
        <translation>Supprimer la valeur enregistrée de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>({minimum} to {maximum})</source>
        <translation>({minimum} à {maximum})</translation>
    </message>
    <message>
        <source>(list them with a comma between each)</source>
        <translation>(séparez-les par une virgule)</translation>
    </message>
    <message>
        <source>Set by head office (group {group}): this kiosk cannot change it.</source>
        <translation>Fixé par le siège (groupe {group}) : cette borne ne peut pas le modifier.</translation>
    </message>
    <message>
        <source>Only the manager can change this: it decides where data is sent.</source>
        <translation>Seul le responsable peut modifier ce réglage : il décide où les données sont envoyées.</translation>
    </message>
    <message>
        <source>Each change of this setting is recorded in the audit log.</source>
        <translation>Chaque modification de ce réglage est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>supprimé à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>saved, ends in …{last}</source>
        <translation>enregistré, se termine par …{last}</translation>
    </message>
    <message>
        <source>{hint}: type to replace</source>
        <translation>{hint} : tapez pour remplacer</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Not saved: {n} setting(s) need fixing (see the red notes).</source>
        <translation>Non enregistré : {n} réglage(s) à corriger (voir les notes en rouge).</translation>
    </message>
    <message>
        <source>Saved {n} change(s). They apply when the kiosk restarts: tap Restart to apply when no visitor is waiting.</source>
        <translation>{n} modification(s) enregistrée(s). Elles s&apos;appliquent au redémarrage du kiosque : touchez Redémarrer quand aucun visiteur n&apos;attend.</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written ({reason}).</source>
        <translation>Non enregistré&#xa0;: le fichier des réglages n&apos;a pas pu être écrit ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Code du magasin</translation>
    </message>
    <message>
        <source>Store code used in consent records.</source>
        <translation>Code du magasin inscrit dans les consentements.</translation>
    </message>
    <message>
        <source>Kiosk code</source>
        <translation>Code du kiosque</translation>
    </message>
    <message>
        <source>This kiosk&apos;s code, unique within the store.</source>
        <translation>Code de ce kiosque, unique dans le magasin.</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Shown to visitors and in messages.</source>
        <translation>Affiché aux visiteurs et dans les messages.</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contact confidentialité</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Country or region whose law applies here.</source>
        <translation>Pays ou région dont le droit s&apos;applique ici.</translation>
    </message>
    <message>
        <source>Visitor flow</source>
        <translation>Parcours visiteur</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>Délai d&apos;inactivité (secondes)</translation>
    </message>
    <message>
        <source>Seconds without a touch before the kiosk returns to the start.</source>
        <translation>Secondes sans toucher l&apos;écran avant que le kiosque revienne au début.</translation>
    </message>
    <message>
        <source>Countdown (seconds)</source>
        <translation>Compte à rebours (secondes)</translation>
    </message>
    <message>
        <source>Seconds counted down before the photo is taken.</source>
        <translation>Secondes décomptées avant la prise de la photo.</translation>
    </message>
    <message>
        <source>Retakes allowed</source>
        <translation>Nouvelles prises autorisées</translation>
    </message>
    <message>
        <source>How many times a visitor may retake the photo.</source>
        <translation>Nombre de fois qu&apos;un visiteur peut reprendre la photo.</translation>
    </message>
    <message>
        <source>Thank-you screen (seconds)</source>
        <translation>Écran de remerciement (secondes)</translation>
    </message>
    <message>
        <source>Seconds the thank-you screen stays before the next visitor.</source>
        <translation>Secondes d&apos;affichage de l&apos;écran de remerciement avant le visiteur suivant.</translation>
    </message>
    <message>
        <source>Store language</source>
        <translation>Langue du magasin</translation>
    </message>
    <message>
        <source>Language of the visitor screens until a visitor picks another; every new visitor starts in it.</source>
        <translation>Langue des écrans visiteurs tant qu&apos;un visiteur n&apos;en choisit pas une autre&#xa0;; chaque nouveau visiteur commence dans cette langue.</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Langues proposées</translation>
    </message>
    <message>
        <source>Shutter sound</source>
        <translation>Son de l&apos;obturateur</translation>
    </message>
    <message>
        <source>Play a shutter sound when the photo is taken (needs pw-play, paplay or aplay).</source>
        <translation>Jouer un son d&apos;obturateur à la prise de la photo (nécessite pw-play, paplay ou aplay).</translation>
    </message>
    <message>
        <source>&apos;Still there?&apos; prompt (seconds)</source>
        <translation>Invite «&#xa0;Toujours là&#xa0;?&#xa0;» (secondes)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Source de la caméra</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <source>Requested capture width in pixels.</source>
        <translation>Largeur de capture demandée, en pixels.</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <source>Requested capture height in pixels.</source>
        <translation>Hauteur de capture demandée, en pixels.</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Requested frames per second.</source>
        <translation>Nombre d&apos;images par seconde demandé.</translation>
    </message>
    <message>
        <source>Mirror the preview</source>
        <translation>Aperçu en miroir</translation>
    </message>
    <message>
        <source>Show the live preview like a mirror; the photo itself is never mirrored.</source>
        <translation>Afficher l&apos;aperçu en direct comme dans un miroir&#xa0;; la photo elle-même n&apos;est jamais inversée.</translation>
    </message>
    <message>
        <source>High-resolution photo</source>
        <translation>Photo en haute résolution</translation>
    </message>
    <message>
        <source>Take the photo in the camera&apos;s bigger still mode, then go back to the preview size (the preview pauses for a moment while the camera switches).</source>
        <translation>Prendre la photo dans le mode photo plus grand de la caméra, puis revenir à la taille de l&apos;aperçu (l&apos;aperçu s&apos;arrête un instant pendant que la caméra change de mode).</translation>
    </message>
    <message>
        <source>Photo width (pixels)</source>
        <translation>Largeur de la photo (pixels)</translation>
    </message>
    <message>
        <source>Width asked for in the still mode; used only when it is bigger than the preview.</source>
        <translation>Largeur demandée en mode photo ; utilisée seulement si elle dépasse celle de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Photo height (pixels)</source>
        <translation>Hauteur de la photo (pixels)</translation>
    </message>
    <message>
        <source>Height asked for in the still mode.</source>
        <translation>Hauteur demandée en mode photo.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Branding frame</source>
        <translation>Cadre de marque</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>Qualité JPEG</translation>
    </message>
    <message>
        <source>JPEG quality of the delivered photo.</source>
        <translation>Qualité JPEG de la photo envoyée.</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Accent colour of buttons and headings as #rrggbb, or empty for the house gold.</source>
        <translation>Couleur d&apos;accent des boutons et des titres au format #rrggbb, ou vide pour l&apos;or de la maison.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Font family of the visitor screens (installed on this computer), or empty for the default.</source>
        <translation>Famille de police des écrans des visiteurs (installée sur cet ordinateur), ou vide pour celle par défaut.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Delivery mode</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Email delivery</source>
        <translation>Envoi par e-mail</translation>
    </message>
    <message>
        <source>Offer delivery by email.</source>
        <translation>Proposer l&apos;envoi par e-mail.</translation>
    </message>
    <message>
        <source>Text message delivery</source>
        <translation>Envoi par SMS</translation>
    </message>
    <message>
        <source>Offer delivery by text message.</source>
        <translation>Proposer l&apos;envoi par SMS.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>Country assumed for phone numbers typed without +.</source>
        <translation>Pays retenu pour les numéros saisis sans +.</translation>
    </message>
    <message>
        <source>Phone countries</source>
        <translation>Pays des numéros</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>Sender address of the photo emails.</source>
        <translation>Adresse d&apos;expédition des e-mails de photo.</translation>
    </message>
    <message>
        <source>Text message sender</source>
        <translation>Expéditeur des SMS</translation>
    </message>
    <message>
        <source>Sender number or Messaging Service SID for text messages.</source>
        <translation>Numéro d&apos;expéditeur ou SID de Messaging Service pour les SMS.</translation>
    </message>
    <message>
        <source>QR code pickup</source>
        <translation>Retrait par QR code</translation>
    </message>
    <message>
        <source>Offer &apos;no contact details, show me a QR code&apos; (needs the media host).</source>
        <translation>Proposer «&#xa0;sans coordonnées, affichez-moi un QR code&#xa0;» (nécessite l&apos;hébergement des photos).</translation>
    </message>
    <message>
        <source>Delivery: email through SendGrid</source>
        <translation>Envoi&#xa0;: e-mails par SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>Clé API SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API URL</source>
        <translation>URL de l&apos;API SendGrid</translation>
    </message>
    <message>
        <source>SendGrid API base URL (https://api.eu.sendgrid.com/v3 for EU data residency).</source>
        <translation>URL de base de l&apos;API SendGrid (https://api.eu.sendgrid.com/v3 pour garder les données dans l&apos;UE).</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Reply-To address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Delivery: text messages through Twilio</source>
        <translation>Envoi&#xa0;: SMS par Twilio</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>SID du compte Twilio</translation>
    </message>
    <message>
        <source>Twilio Account SID (AC...).</source>
        <translation>Account SID du compte Twilio (AC...).</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Jeton d&apos;authentification Twilio</translation>
    </message>
    <message>
        <source>Twilio Auth Token.</source>
        <translation>Auth Token du compte Twilio.</translation>
    </message>
    <message>
        <source>Shorten links</source>
        <translation>Raccourcir les liens</translation>
    </message>
    <message>
        <source>Ask Twilio to shorten the photo link (needs a Messaging Service SID in sms_from with link shortening set up).</source>
        <translation>Demander à Twilio de raccourcir le lien de la photo (nécessite un SID de Messaging Service dans sms_from, avec le raccourcissement des liens configuré).</translation>
    </message>
    <message>
        <source>MMS countries</source>
        <translation>Pays MMS</translation>
    </message>
    <message>
        <source>Countries whose visitors get the photo itself (MMS); others get a link (SMS).</source>
        <translation>Pays dont les visiteurs reçoivent la photo elle-même (MMS)&#xa0;; les autres reçoivent un lien (SMS).</translation>
    </message>
    <message>
        <source>Delivery: photo host for text messages and QR pickup</source>
        <translation>Envoi&#xa0;: hébergement des photos pour les SMS et le QR code</translation>
    </message>
    <message>
        <source>S3 endpoint URL</source>
        <translation>URL du point de terminaison S3</translation>
    </message>
    <message>
        <source>S3 endpoint URL; empty: AWS S3 in the region below. R2: https://&lt;account&gt;.r2.cloudflarestorage.com.</source>
        <translation>URL du point de terminaison S3&#xa0;; vide&#xa0;: AWS S3 dans la région ci-dessous. R2&#xa0;: https://&lt;account&gt;.r2.cloudflarestorage.com.</translation>
    </message>
    <message>
        <source>Bucket name</source>
        <translation>Nom du bucket</translation>
    </message>
    <message>
        <source>Bucket region</source>
        <translation>Région du bucket</translation>
    </message>
    <message>
        <source>Bucket region (R2: auto).</source>
        <translation>Région du bucket (R2&#xa0;: auto).</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Folder in the bucket</source>
        <translation>Dossier dans le bucket</translation>
    </message>
    <message>
        <source>Folder in the bucket for hosted photos.</source>
        <translation>Dossier du bucket où sont hébergées les photos.</translation>
    </message>
    <message>
        <source>Link lifetime (hours)</source>
        <translation>Validité des liens (heures)</translation>
    </message>
    <message>
        <source>Hours a photo link works (at most 7 days, S3&apos;s limit).</source>
        <translation>Nombre d&apos;heures pendant lesquelles un lien de photo fonctionne (7 jours au plus, la limite de S3).</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>Adressage path-style</translation>
    </message>
    <message>
        <source>Path-style bucket addressing (MinIO usually needs it).</source>
        <translation>Adressage du bucket en path-style (MinIO en a généralement besoin).</translation>
    </message>
    <message>
        <source>Delivery: outbox limits</source>
        <translation>Envoi&#xa0;: limites de la file d&apos;envoi</translation>
    </message>
    <message>
        <source>Emails per second</source>
        <translation>E-mails par seconde</translation>
    </message>
    <message>
        <source>Head office&apos;s public web address, as printed when head office added this kiosk. Each message then carries a link where the visitor can stop publishing or delete their photo; leave it empty and the message says to write to the privacy contact.</source>
        <translation>L&apos;adresse web publique du siège, telle qu&apos;imprimée quand le siège a ajouté ce kiosque. Chaque message porte alors un lien où le visiteur peut arrêter la publication ou effacer sa photo ; laissez vide et le message indique d&apos;écrire au contact confidentialité.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s key for signing visitors&apos; links, as printed when head office added this kiosk.</source>
        <translation>La clé de ce kiosque pour signer les liens des visiteurs, telle qu&apos;imprimée quand le siège a ajouté ce kiosque.</translation>
    </message>
    <message>
        <source>Where visitors can reach the store about their data: an email address or a web page.</source>
        <translation>Où les visiteurs peuvent joindre le magasin au sujet de leurs données : une adresse e-mail ou une page web.</translation>
    </message>
    <message>
        <source>The languages visitors can choose on the first screen: en for English, fr for French, he for Hebrew. With only one, no choice is shown.</source>
        <translation>Les langues que les visiteurs peuvent choisir sur le premier écran : en pour l&apos;anglais, fr pour le français, he pour l&apos;hébreu. Avec une seule, aucun choix n&apos;est proposé.</translation>
    </message>
    <message>
        <source>Seconds the &apos;Still there?&apos; prompt counts down before the kiosk starts over; 0 for no prompt.</source>
        <translation>Secondes du compte à rebours « Vous êtes toujours là ? » avant que le kiosque ne recommence ; 0 pour ne pas le montrer.</translation>
    </message>
    <message>
        <source>Which camera to use: its number (0 for the first one), its device path, or a video file. The Camera tab finds them for you.</source>
        <translation>La caméra à utiliser : son numéro (0 pour la première), son chemin de périphérique ou un fichier vidéo. L&apos;onglet Caméra les trouve pour vous.</translation>
    </message>
    <message>
        <source>Shape of the finished photo, as width:height, for example 4:3 or 1:1.</source>
        <translation>Forme de la photo finie, en largeur:hauteur, par exemple 4:3 ou 1:1.</translation>
    </message>
    <message>
        <source>The frame drawn around every photo (a picture in the kiosk&apos;s frames folder). Leave it empty for no frame. Preview shows it on a live photo.</source>
        <translation>Le cadre dessiné autour de chaque photo (une image du dossier des cadres du kiosque). Laissez vide pour aucun cadre. Aperçu le montre sur une photo en direct.</translation>
    </message>
    <message>
        <source>The store&apos;s logo, large on the start screen and small at the top of the other visitor screens: a PNG, JPEG or SVG file (full path, or a name in assets/frames), or empty for none.</source>
        <translation>Le logo du magasin, en grand sur l&apos;écran d&apos;accueil et en petit en haut des autres écrans des visiteurs : un fichier PNG, JPEG ou SVG (chemin complet, ou un nom dans assets/frames), ou vide pour aucun.</translation>
    </message>
    <message>
        <source>Dry run writes each message to a folder on the kiosk instead of sending it; Live sends it for real.</source>
        <translation>Simulation écrit chaque message dans un dossier du kiosque au lieu de l&apos;envoyer ; Live l&apos;envoie réellement.</translation>
    </message>
    <message>
        <source>Countries a visitor can pick for their mobile number, by their two-letter code: US, FR, IL…</source>
        <translation>Pays qu&apos;un visiteur peut choisir pour son numéro de mobile, par leur code à deux lettres : US, FR, IL…</translation>
    </message>
    <message>
        <source>Your own email subject, used in every language; {store} is replaced by the store name. Leave it empty and each visitor gets the subject in their own language.</source>
        <translation>Votre propre objet d&apos;e-mail, utilisé dans toutes les langues ; {store} est remplacé par le nom du magasin. Laissez vide pour que chaque visiteur reçoive l&apos;objet dans sa langue.</translation>
    </message>
    <message>
        <source>SendGrid API key, with the Mail Send permission. A SENDGRID_API_KEY environment variable is used instead when set.</source>
        <translation>Clé d&apos;API SendGrid, avec l&apos;autorisation Mail Send. Une variable d&apos;environnement SENDGRID_API_KEY est utilisée à sa place si elle existe.</translation>
    </message>
    <message>
        <source>Sender name of the photo emails. Leave it empty to use the store name.</source>
        <translation>Nom d&apos;expéditeur des e-mails de photo. Laissez vide pour utiliser le nom du magasin.</translation>
    </message>
    <message>
        <source>Address that replies to the photo emails go to. Leave it empty for none.</source>
        <translation>Adresse où arrivent les réponses aux e-mails de photo. Laissez vide pour aucune.</translation>
    </message>
    <message>
        <source>Bucket name. Leave it empty to host no photos (no links, no QR codes).</source>
        <translation>Nom du bucket. Laissez vide pour n&apos;héberger aucune photo (ni liens, ni codes QR).</translation>
    </message>
    <message>
        <source>Access key ID. An AWS_ACCESS_KEY_ID environment variable is used instead when set.</source>
        <translation>Identifiant de clé d&apos;accès. Une variable d&apos;environnement AWS_ACCESS_KEY_ID est utilisée à sa place si elle existe.</translation>
    </message>
    <message>
        <source>Secret access key. An AWS_SECRET_ACCESS_KEY environment variable is used instead when set.</source>
        <translation>Clé d&apos;accès secrète. Une variable d&apos;environnement AWS_SECRET_ACCESS_KEY est utilisée à sa place si elle existe.</translation>
    </message>
    <message>
        <source>Emails sent per second at most; 0 for no limit.</source>
        <translation>Nombre maximal d&apos;e-mails envoyés par seconde ; 0 pour aucune limite.</translation>
    </message>
    <message>
        <source>Text messages per second</source>
        <translation>SMS par seconde</translation>
    </message>
    <message>
        <source>Text messages per second at most (a Twilio long code allows about 1; 0: no limit).</source>
        <translation>Nombre maximal de SMS par seconde (un long code Twilio en permet environ 1&#xa0;; 0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Sends at once</source>
        <translation>Envois simultanés</translation>
    </message>
    <message>
        <source>Deliveries in flight at once.</source>
        <translation>Nombre d&apos;envois en cours en même temps.</translation>
    </message>
    <message>
        <source>Network timeout (seconds)</source>
        <translation>Délai réseau (secondes)</translation>
    </message>
    <message>
        <source>Network timeout of each provider call, in seconds.</source>
        <translation>Délai réseau de chaque appel à un fournisseur, en secondes.</translation>
    </message>
    <message>
        <source>Longest retry wait (minutes)</source>
        <translation>Délai max. entre essais (minutes)</translation>
    </message>
    <message>
        <source>Longest wait between two attempts of one delivery.</source>
        <translation>Attente la plus longue entre deux essais d&apos;un même envoi.</translation>
    </message>
    <message>
        <source>Give up after (days)</source>
        <translation>Abandon après (jours)</translation>
    </message>
    <message>
        <source>A delivery still not sent after this many days becomes a dead letter for the manager.</source>
        <translation>Un envoi toujours pas parti après ce nombre de jours passe en expiré et est signalé au responsable.</translation>
    </message>
    <message>
        <source>Status checks every (seconds)</source>
        <translation>Intervalle de suivi (secondes)</translation>
    </message>
    <message>
        <source>Seconds between checks of sent text messages&apos; delivery status.</source>
        <translation>Secondes entre deux vérifications de l&apos;état de remise des SMS envoyés.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Kept after sending (days)</source>
        <translation>Conservé après envoi (jours)</translation>
    </message>
    <message>
        <source>Days a delivery-only visit&apos;s photo, name, email and phone are kept after its photo was sent.</source>
        <translation>Jours de conservation de la photo, du nom, de l&apos;e-mail et du téléphone d&apos;une visite «&#xa0;envoi seul&#xa0;» après l&apos;envoi de sa photo.</translation>
    </message>
    <message>
        <source>Kept at most (days)</source>
        <translation>Conservé au plus (jours)</translation>
    </message>
    <message>
        <source>Days at most a delivery-only visit&apos;s photo and contact details are kept, sent or not.</source>
        <translation>Nombre maximal de jours de conservation de la photo et des coordonnées d&apos;une visite «&#xa0;envoi seul&#xa0;», envoyée ou non.</translation>
    </message>
    <message>
        <source>Published photos kept (months)</source>
        <translation>Photos publiables (mois)</translation>
    </message>
    <message>
        <source>Months at most a photo the visitor allowed us to publish is kept, unless withdrawn or erased sooner.</source>
        <translation>Nombre maximal de mois de conservation d&apos;une photo dont le visiteur a autorisé la publication, sauf retrait ou effacement plus tôt.</translation>
    </message>
    <message>
        <source>Consent proof kept (months)</source>
        <translation>Preuves de consentement (mois)</translation>
    </message>
    <message>
        <source>Months consent records are kept as proof after the data they cover is gone (they hold no personal data).</source>
        <translation>Mois de conservation des consentements comme preuve après la suppression des données qu&apos;ils couvrent (ils ne contiennent aucune donnée personnelle).</translation>
    </message>
    <message>
        <source>Delivery log kept (days)</source>
        <translation>Journal des envois (jours)</translation>
    </message>
    <message>
        <source>Days delivery records are kept after the visit&apos;s personal data is gone.</source>
        <translation>Jours de conservation des traces d&apos;envoi après la suppression des données personnelles de la visite.</translation>
    </message>
    <message>
        <source>Audit log kept (months)</source>
        <translation>Journal d&apos;audit (mois)</translation>
    </message>
    <message>
        <source>Months audit log entries are kept.</source>
        <translation>Mois de conservation des entrées du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Sweep interval (minutes)</source>
        <translation>Intervalle de purge (minutes)</translation>
    </message>
    <message>
        <source>Minutes between retention sweeps (one also runs at start).</source>
        <translation>Minutes entre deux purges de conservation (une purge a aussi lieu au démarrage).</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Head office DSN</source>
        <translation>DSN du siège</translation>
    </message>
    <message>
        <source>Head office&apos;s database address, exactly as printed when head office added this kiosk (or the PHOTOBOOTH_CENTRAL_DSN environment variable).</source>
        <translation>Adresse de la base de données du siège, telle qu&apos;imprimée quand le siège a ajouté ce kiosque (ou la variable d&apos;environnement PHOTOBOOTH_CENTRAL_DSN).</translation>
    </message>
    <message>
        <source>The fleet&apos;s lookup key, as printed when head office added this kiosk.</source>
        <translation>La clé de recherche de la flotte, telle qu&apos;imprimée quand le siège a ajouté ce kiosque.</translation>
    </message>
    <message>
        <source>Head office&apos;s public key, as printed when head office added this kiosk.</source>
        <translation>La clé publique du siège, telle qu&apos;imprimée quand le siège a ajouté ce kiosque.</translation>
    </message>
    <message>
        <source>Head office&apos;s bucket for the photos visitors allowed us to publish. Leave it empty for none.</source>
        <translation>Bucket du siège pour les photos que les visiteurs nous ont permis de publier. Laissez vide pour aucun.</translation>
    </message>
    <message>
        <source>Bucket access key. Leave it empty to use the AWS_ACCESS_KEY_ID environment variable.</source>
        <translation>Clé d&apos;accès du bucket. Laissez vide pour utiliser la variable d&apos;environnement AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>Bucket secret key. Leave it empty to use the AWS_SECRET_ACCESS_KEY environment variable.</source>
        <translation>Clé secrète du bucket. Laissez vide pour utiliser la variable d&apos;environnement AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>Head office public URL</source>
        <translation>Adresse publique du siège</translation>
    </message>
    <message>
        <source>Visitor link key</source>
        <translation>Clé des liens visiteurs</translation>
    </message>
    <message>
        <source>Fleet key</source>
        <translation>Clé de la flotte</translation>
    </message>
    <message>
        <source>Head office public key</source>
        <translation>Clé publique du siège</translation>
    </message>
    <message>
        <source>Sync interval (seconds)</source>
        <translation>Intervalle de synchro (secondes)</translation>
    </message>
    <message>
        <source>Seconds between syncs with head office.</source>
        <translation>Secondes entre deux synchronisations avec le siège.</translation>
    </message>
    <message>
        <source>Photo bucket</source>
        <translation>Bucket des photos</translation>
    </message>
    <message>
        <source>S3 endpoint for MinIO, R2 or another S3 service.</source>
        <translation>Point de terminaison S3 pour MinIO, R2 ou un autre service S3.</translation>
    </message>
    <message>
        <source>Bucket region.</source>
        <translation>Région du bucket.</translation>
    </message>
</context>
<context>
    <name>SocialExportTab</name>
    <message>
        <source>Hand the social team the photos they may publish: every photo with an active publish consent, the proof of each consent (manifest.json), and the photos they must take down (takedown.json). No names, emails or phone numbers are included.</source>
        <translation>Remettez à l&apos;équipe réseaux sociaux les photos qu&apos;elle peut publier : chaque photo avec un consentement de publication actif, la preuve de chaque consentement (manifest.json) et les photos à retirer (takedown.json). Aucun nom, e-mail ni numéro de téléphone n&apos;est inclus.</translation>
    </message>
    <message>
        <source>Where to write it</source>
        <translation>Où l&apos;écrire</translation>
    </message>
    <message>
        <source>Folder or USB drive</source>
        <translation>Dossier ou clé USB</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Lecteurs amovibles</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Rechercher les lecteurs</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>Écrire le paquet</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Written to {folder}</source>
        <translation>Écrit dans {folder}</translation>
    </message>
    <message>
        <source>{photos} photo(s) may be published ({new} new since the last package); {takedowns} to take down.</source>
        <translation>{photos} photo(s) publiable(s) ({new} nouvelle(s) depuis le dernier paquet) ; {takedowns} à retirer.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <source>We&apos;ll start over in {seconds} s, so that the next person sees none of your details.</source>
        <translation>Nous recommençons dans {seconds} s, pour que la personne suivante ne voie aucune de vos informations.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>Encore {seconds} secondes</translation>
    </message>
</context>
<context>
    <name>UnderageScreen</name>
    <message>
        <source>Thanks for stopping by!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <source>This photo booth is just for adults. Nothing about you has been saved. Ask a grown-up to take a photo with you!</source>
        <translation>Ce photomaton est réservé aux adultes. Rien vous concernant n&apos;a été enregistré. Demandez à un adulte de prendre une photo avec vous !</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the short version</source>
        <translation>Afficher la version courte</translation>
    </message>
    <message>
        <source>Read the full notice</source>
        <translation>Lire l&apos;avis complet</translation>
    </message>
    <message>
        <source>Questions about your data? Contact {contact}</source>
        <translation>Des questions sur vos données ? Contactez {contact}</translation>
    </message>
    <message>
        <source>No, I&apos;m under 18</source>
        <translation>Non, j&apos;ai moins de 18 ans</translation>
    </message>
    <message>
        <source>Yes, I&apos;m 18 or over</source>
        <translation>Oui, j&apos;ai 18 ans ou plus</translation>
    </message>
</context>
</TS>
